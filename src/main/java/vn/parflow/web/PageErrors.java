package vn.parflow.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser gets for an error no controller answered (Spring Boot's error dispatch: an address that is not
 * there, a failure outside the pages' controllers): Parflow's own page in Vietnamese instead of the English
 * "Whitelabel Error Page".
 */
@Component
class PageErrors implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		page.putIfAbsent("path", "");
		switch (status) {
			case NOT_FOUND -> {
				page.put("heading", "Không tìm thấy trang");
				page.put("message", "Không có trang này.");
			}
			case FORBIDDEN -> {
				page.put("heading", "Không có quyền");
				page.put("message", "Tài khoản của bạn không được xem trang này.");
			}
			default -> {
				boolean refused = status.is4xxClientError();
				page.put("heading", refused ? "Yêu cầu không hợp lệ" : "Máy chủ gặp lỗi");
				page.put("message", refused ? "Máy chủ không xử lý được yêu cầu này (mã %d).".formatted(status.value())
						: "Máy chủ gặp lỗi khi xử lý yêu cầu (mã %d). Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống."
							.formatted(status.value()));
			}
		}
		return new ModelAndView("web/error", page, status);
	}

}
