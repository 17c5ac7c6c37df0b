package vn.parflow.reminder;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.parflow.directory.Directory;

/** Finds the address of a username in the directory; people who left (inactive) or have no address get no mail. */
@Component
class Recipients {

	private static final Logger log = LoggerFactory.getLogger(Recipients.class);

	private final Directory directory;

	Recipients(Directory directory) {
		this.directory = directory;
	}

	Optional<Recipient> find(String username) {
		Optional<Recipient> found = directory.activePerson(username)
			.filter(person -> StringUtils.hasText(person.email()))
			.map(person -> new Recipient(person.username(), person.fullName(), person.email().strip()));
		if (found.isEmpty()) {
			log.warn("Không gửi thư cho “{}”: không có trong danh bạ, đã nghỉ hoặc không có địa chỉ thư", username);
		}
		return found;
	}

}
