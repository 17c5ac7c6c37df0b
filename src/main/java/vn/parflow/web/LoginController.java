package vn.parflow.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parflow.security.WebappLogin;

/**
 * Parflow's login page. It logs in exactly as the webapps' own login does, so one login opens the pages, the
 * Tasklist, Cockpit and Admin; then it goes back to the page that asked for it.
 */
@Controller
class LoginController {

	private final WebappLogin login;

	LoginController(WebappLogin login) {
		this.login = login;
	}

	@GetMapping("/login")
	String loginPage(@RequestParam(name = "next", required = false) String next, HttpServletRequest request,
			Model model) {
		if (login.sessionUser(request) != null) {
			return "redirect:" + safe(next);
		}
		model.addAttribute("next", safe(next));
		return "web/login";
	}

	@PostMapping("/login")
	String logIn(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "next", required = false) String next, HttpServletRequest request, Model model) {
		if (login.logIn(request, username, password).isPresent()) {
			return "redirect:" + safe(next);
		}
		model.addAttribute("next", safe(next));
		model.addAttribute("username", username);
		model.addAttribute("error", "Tên đăng nhập hoặc mật khẩu không đúng (sau nhiều lần sai, tài khoản bị khóa tạm thời).");
		return "web/login";
	}

	@PostMapping("/logout")
	String logOut(HttpServletRequest request) {
		login.logOut(request);
		return "redirect:/login?out";
	}

	/** Only a path of this site: never an address elsewhere. */
	static String safe(String next) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
				|| next.contains("\r") || next.contains("\n")) {
			return "/dashboard";
		}
		return next;
	}

}
