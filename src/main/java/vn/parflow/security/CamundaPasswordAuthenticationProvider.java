package vn.parflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for scripts: the password is checked by Camunda's identity service (its hashing, its password policy,
 * its lock-out after repeated failures), so there is one account per person for the webapps, /api and
 * /engine-rest alike.
 */
@Component
class CamundaPasswordAuthenticationProvider implements AuthenticationProvider {

	static final String BAD_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu (hoặc tài khoản đang bị tạm khoá sau nhiều"
			+ " lần đăng nhập sai).";

	private final IdentityService identity;

	private final CamundaUsers users;

	CamundaPasswordAuthenticationProvider(IdentityService identity, CamundaUsers users) {
		this.identity = identity;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? null : credentials.toString();
		if (userId == null || userId.isBlank() || password == null
				|| !Privileged.call(identity, () -> identity.checkPassword(userId, password))) {
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		return users.load(userId, false)
			.map(CamundaUsers::authentication)
			.orElseThrow(() -> new BadCredentialsException(BAD_CREDENTIALS));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
