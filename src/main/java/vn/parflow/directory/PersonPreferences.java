package vn.parflow.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;

/**
 * A person's own settings, which the directory import never overwrites: whether they get the daily digest mail.
 */
@Service
public class PersonPreferences {

	private final PersonRepository people;

	PersonPreferences(PersonRepository people) {
		this.people = people;
	}

	/** @throws IllegalArgumentException when the username is not in the directory */
	@Transactional(readOnly = true)
	public boolean dailyDigest(String username) {
		return load(username).isDailyDigest();
	}

	/** @throws IllegalArgumentException when the username is not in the directory */
	@Transactional
	public void setDailyDigest(String username, boolean enabled) {
		load(username).setDailyDigest(enabled);
	}

	private Person load(String username) {
		return people.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException(
					"Tài khoản “" + username + "” không có trong danh bạ của Parflow: chưa có cài đặt thư."));
	}

}
