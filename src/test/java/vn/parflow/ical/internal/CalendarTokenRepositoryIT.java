package vn.parflow.ical.internal;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import vn.parflow.ical.CalendarTokens;
import vn.parflow.system.RepositorySliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind {@link CalendarTokens}, on H2 and MariaDB with the real schema: a calendar feed address opens
 * only while its token is not revoked, and a person's working tokens are theirs alone.
 */
@RepositorySliceTest
class CalendarTokenRepositoryIT {

	private static final Instant MONDAY = Instant.parse("2025-07-07T01:00:00Z");

	private static final String OLD = "a1".repeat(32);

	private static final String NEW = "b2".repeat(32);

	private static final String LAN = "c3".repeat(32);

	@Autowired
	TestEntityManager entities;

	@Autowired
	CalendarTokenRepository tokens;

	@BeforeEach
	void storeTokens() {
		CalendarToken old = new CalendarToken("tuan.vhxh", OLD, MONDAY);
		old.revoke(MONDAY.plusSeconds(3600));
		entities.persist(old);
		entities.persist(new CalendarToken("tuan.vhxh", NEW, MONDAY.plusSeconds(3600)));
		entities.persist(new CalendarToken("lan.vhxh", LAN, MONDAY));
		entities.flush();
		entities.clear();
	}

	@Test
	void shouldOpenTheFeedOfAWorkingTokenButNotOfARevokedOne() {
		assertThat(tokens.findByTokenHashAndRevokedAtIsNull(NEW)).map(CalendarToken::getUsername).hasValue("tuan.vhxh");
		assertThat(tokens.findByTokenHashAndRevokedAtIsNull(OLD)).as("the address the person replaced").isEmpty();
		assertThat(tokens.findByTokenHashAndRevokedAtIsNull("d4".repeat(32))).isEmpty();
	}

	@Test
	void shouldListOnlyThePersonsOwnWorkingTokens() {
		assertThat(tokens.findByUsernameAndRevokedAtIsNull("tuan.vhxh")).singleElement()
			.satisfies(token -> assertThat(token.getRevokedAt()).isNull());

		CalendarToken lans = tokens.findByUsernameAndRevokedAtIsNull("lan.vhxh").get(0);
		lans.revoke(MONDAY.plusSeconds(7200));
		entities.flush();
		entities.clear();

		assertThat(tokens.findByUsernameAndRevokedAtIsNull("lan.vhxh")).as("revoked: the page offers a new address")
			.isEmpty();
		assertThat(tokens.findByTokenHashAndRevokedAtIsNull(LAN)).isEmpty();
		assertThat(tokens.findByUsernameAndRevokedAtIsNull("tuan.vhxh")).hasSize(1);
	}

}
