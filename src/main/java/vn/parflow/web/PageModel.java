package vn.parflow.web;

import java.security.Principal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

import vn.parflow.api.UploadLimit;
import vn.parflow.directory.Directory;
import vn.parflow.directory.Directory.Member;

/**
 * What every page needs: who is logged in, the session's CSRF token for forms and scripts, the upload limit. Ordered
 * first, so that a page's error is this HTML page and not the API's problem ({@code vn.parflow.api.ApiErrors}, which
 * answers {@code /api} only and hands every other request back; errors no controller answers get {@link PageErrors}).
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

	private final Directory directory;

	private final UploadLimit uploadLimit;

	PageModel(Directory directory, UploadLimit uploadLimit) {
		this.directory = directory;
		this.uploadLimit = uploadLimit;
	}

	/** The largest file an upload form takes, to say it before the person uploads. */
	@ModelAttribute("upload")
	UploadLimit upload() {
		return uploadLimit;
	}

	@ModelAttribute("viewer")
	Viewer viewer(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
			return null;
		}
		String name = directory.person(authentication.getName()).map(Member::fullName).orElse(null);
		return Viewer.of(authentication, name);
	}

	@ModelAttribute("csrf")
	CsrfToken csrf(HttpServletRequest request) {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	/** A page that is not there (an unknown plan or task, an intake no longer in the session), in Vietnamese. */
	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView notFound(ResponseStatusException ex, HttpServletRequest request, Principal principal) {
		ModelAndView page = page("web/error", ex.getStatusCode(), request, principal);
		page.addObject("message", ex.getReason());
		return page;
	}

	/** A plan file over the upload limit: the upload page again, saying the limit; nothing was read or stored. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, Principal principal) {
		ModelAndView page = page("web/intake-upload", HttpStatus.PAYLOAD_TOO_LARGE, request, principal);
		page.addObject("error", uploadLimit.refusal() + " Hãy chọn tệp nhỏ hơn (ví dụ bỏ bớt hình ảnh trong tệp).");
		return page;
	}

	/** An exception handler's page, with what every page has (the model attributes are not applied to it). */
	private ModelAndView page(String view, HttpStatusCode status, HttpServletRequest request, Principal principal) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("viewer", viewer(principal));
		page.addObject("csrf", csrf(request));
		page.addObject("path", path(request));
		page.addObject("upload", uploadLimit);
		return page;
	}

	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
