package vn.parflow.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets of the personal calendar feeds: 256 random bits, URL-safe (43 characters), of which only the SHA-256
 * hash is stored. A person has at most one working token: a new one revokes the old one.
 */
@Service
@Transactional
public class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarTokenRepository tokens;

	private final Clock clock;

	CalendarTokens(CalendarTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token for the person; the previous one stops working. */
	String create(String username) {
		Instant now = Instant.now(clock);
		tokens.findByUsernameAndRevokedAtIsNull(username).forEach(token -> token.revoke(now));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new CalendarToken(username, hash(token), now));
		return token;
	}

	/** @return whether the person had a working token */
	boolean revoke(String username) {
		Instant now = Instant.now(clock);
		var active = tokens.findByUsernameAndRevokedAtIsNull(username);
		active.forEach(token -> token.revoke(now));
		return !active.isEmpty();
	}

	/** Whether the person has a working feed address (the page shows "revoke" then). */
	@Transactional(readOnly = true)
	public boolean active(String username) {
		return !tokens.findByUsernameAndRevokedAtIsNull(username).isEmpty();
	}

	/** The person a working token belongs to. */
	@Transactional(readOnly = true)
	Optional<String> username(String token) {
		if (token == null || token.length() < 32 || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(CalendarToken::getUsername);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
