package vn.parflow.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import vn.parflow.plan.ImportCorrections;

/**
 * The plan files a person is checking on the intake page, kept in their session until they store one: nothing is
 * written to the database before that. At most a few per session; the oldest goes first.
 */
public final class Intakes {

	private static final String ATTRIBUTE = Intakes.class.getName();

	private static final int KEPT = 3;

	private Intakes() {
	}

	/** One uploaded file and what the person fixed so far. */
	public static final class Intake implements Serializable {

		private static final long serialVersionUID = 1L;

		final String id = UUID.randomUUID().toString();

		final String filename;

		final byte[] content;

		String code;

		boolean replace;

		final Map<String, String> units = new LinkedHashMap<>();

		final Map<Integer, LocalDate> deadlines = new LinkedHashMap<>();

		/** What the person typed in a date field that is not a date, by row, to show it back with the message. */
		final Map<Integer, String> unreadDates = new LinkedHashMap<>();

		Intake(String filename, byte[] content, String code) {
			this.filename = filename;
			this.content = content;
			this.code = code;
		}

		public String getId() {
			return id;
		}

		public String getFilename() {
			return filename;
		}

		public String getCode() {
			return code;
		}

		public boolean isReplace() {
			return replace;
		}

		ImportCorrections corrections() {
			return new ImportCorrections(units, deadlines);
		}

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Intake> all(HttpSession session) {
		synchronized (session) {
			Object stored = session.getAttribute(ATTRIBUTE);
			if (stored instanceof Map<?, ?> map) {
				return (Map<String, Intake>) map;
			}
			Map<String, Intake> fresh = new LinkedHashMap<>();
			session.setAttribute(ATTRIBUTE, fresh);
			return fresh;
		}
	}

	static Intake add(HttpSession session, Intake intake) {
		Map<String, Intake> intakes = all(session);
		synchronized (intakes) {
			while (intakes.size() >= KEPT) {
				intakes.remove(intakes.keySet().iterator().next());
			}
			intakes.put(intake.id, intake);
		}
		session.setAttribute(ATTRIBUTE, intakes);
		return intake;
	}

	static Intake get(HttpSession session, String id) {
		Map<String, Intake> intakes = all(session);
		synchronized (intakes) {
			return intakes.get(id);
		}
	}

	static void remove(HttpSession session, String id) {
		Map<String, Intake> intakes = all(session);
		synchronized (intakes) {
			intakes.remove(id);
		}
		session.setAttribute(ATTRIBUTE, intakes);
	}

}
