package vn.parflow.reminder;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.parflow.directory.PersonPreferences;

/** The signed-in person's own choice about the daily digest mail: {@code {"enabled": true|false}}. */
@RestController
@RequestMapping("/api/me/digest")
class DigestController {

	private final PersonPreferences preferences;

	DigestController(PersonPreferences preferences) {
		this.preferences = preferences;
	}

	record DigestSetting(Boolean enabled) {
	}

	@GetMapping
	DigestSetting get(Principal principal) {
		return new DigestSetting(preferences.dailyDigest(username(principal)));
	}

	@PutMapping
	DigestSetting set(@RequestBody DigestSetting setting, Principal principal) {
		if (setting == null || setting.enabled() == null) {
			throw new DigestProblem(HttpStatus.BAD_REQUEST,
					"Hãy gửi {\"enabled\": true} để nhận hoặc {\"enabled\": false} để thôi nhận thư tổng hợp hằng ngày.");
		}
		String username = username(principal);
		preferences.setDailyDigest(username, setting.enabled());
		return new DigestSetting(preferences.dailyDigest(username));
	}

	private static String username(Principal principal) {
		if (principal == null) {
			throw new DigestProblem(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập để đổi cài đặt thư của mình.");
		}
		return principal.getName();
	}

	static final class DigestProblem extends RuntimeException {

		final HttpStatus status;

		DigestProblem(HttpStatus status, String message) {
			super(message);
			this.status = status;
		}

	}

	@ExceptionHandler(DigestProblem.class)
	ProblemDetail problem(DigestProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail unknownPerson(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Nội dung không đọc được: hãy gửi JSON {\"enabled\": true} hoặc {\"enabled\": false}.");
	}

}
