package vn.parflow.reminder;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.parflow.api.BodyExample;
import vn.parflow.directory.PersonPreferences;

/**
 * The signed-in person's own choice about the daily digest mail: {@code {"enabled": true|false}}. A body without
 * {@code enabled} is refused with 400, a person not in the directory with 404 (problems, {@link DigestProblem}).
 */
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
		return new DigestSetting(dailyDigest(username(principal)));
	}

	@PutMapping
	@BodyExample("{\"enabled\": true} hoặc {\"enabled\": false}")
	DigestSetting set(@RequestBody DigestSetting setting, Principal principal) {
		if (setting == null || setting.enabled() == null) {
			throw new DigestProblem(HttpStatus.BAD_REQUEST,
					"Hãy gửi {\"enabled\": true} để nhận hoặc {\"enabled\": false} để thôi nhận thư tổng hợp hằng ngày.");
		}
		String username = username(principal);
		try {
			preferences.setDailyDigest(username, setting.enabled());
		}
		catch (IllegalArgumentException ex) {
			throw new DigestProblem(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return new DigestSetting(dailyDigest(username));
	}

	private boolean dailyDigest(String username) {
		try {
			return preferences.dailyDigest(username);
		}
		catch (IllegalArgumentException ex) {
			throw new DigestProblem(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

	private static String username(Principal principal) {
		if (principal == null) {
			throw new DigestProblem(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập để đổi cài đặt thư của mình.");
		}
		return principal.getName();
	}

	/** Why the setting cannot be read or changed: the status, and the Vietnamese detail. */
	static final class DigestProblem extends ErrorResponseException {

		DigestProblem(HttpStatus status, String message) {
			super(status);
			getBody().setDetail(message);
		}

	}

}
