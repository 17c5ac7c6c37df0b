package vn.parflow.ical;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal calendar feed's secret, kept only as its SHA-256 hash; revoked tokens stay for the record. */
@Entity
@Table(name = "pf_calendar_token")
class CalendarToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected CalendarToken() {
	}

	CalendarToken(String username, String tokenHash, Instant createdAt) {
		this.username = username;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	String getUsername() {
		return username;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
