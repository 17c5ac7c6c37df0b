package vn.parflow.ical;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CalendarTokenRepository extends Repository<CalendarToken, Long> {

	Optional<CalendarToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

	List<CalendarToken> findByUsernameAndRevokedAtIsNull(String username);

	CalendarToken save(CalendarToken token);

}
