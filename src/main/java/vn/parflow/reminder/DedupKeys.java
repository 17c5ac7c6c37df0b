package vn.parflow.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The outbox keys: what, for whom, for which deadline. Equal keys mean the same mail, so a job that runs twice, or
 * on two nodes, writes it once. A key longer than the column keeps its readable start and ends in a hash of the
 * whole. Plain Java.
 */
final class DedupKeys {

	static final int MAX_LENGTH = 500;

	private DedupKeys() {
	}

	static String taskReminder(long planTaskId, int deadlineIndex, int daysBefore, String username) {
		return bounded("task-reminder:" + planTaskId + ":" + deadlineIndex + ":" + daysBefore + ":" + username);
	}

	static String taskOverdue(long planTaskId, int deadlineIndex, int weeksOverdue, String username) {
		return bounded("task-overdue:" + planTaskId + ":" + deadlineIndex + ":" + weeksOverdue + ":" + username);
	}

	static String reportReminder(String planCode, String report, String period, int daysBefore, String username) {
		return bounded("report-reminder:" + planCode + ":" + report + ":" + period + ":" + daysBefore + ":" + username);
	}

	static String reportOpened(String planCode, String report, String period, String username) {
		return bounded("report-opened:" + planCode + ":" + report + ":" + period + ":" + username);
	}

	static String digest(LocalDate date, String username) {
		return bounded("digest:" + date + ":" + username);
	}

	static String bounded(String key) {
		if (key.length() <= MAX_LENGTH) {
			return key;
		}
		String hash = "#" + sha256(key);
		return key.substring(0, MAX_LENGTH - hash.length()) + hash;
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
