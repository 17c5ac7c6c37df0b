package vn.parflow.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.schedule.TimePhraseReader.Reading;

/**
 * Turns the time cell of a plan's task ("Thời gian thực hiện/hoàn thành") into a {@link Schedule}: the last days on
 * which the work is on time, read as a Vietnamese officer reads them. Plain Java: no Spring inside.
 * <p>
 * Conventions (one test each in {@code DeadlineParserTest}, summed up in the README, “Thời hạn: how a time phrase becomes a date”):
 * <ul>
 * <li>"Trước ngày D/M/Y" → the day before D/M/Y; "Chậm nhất (là) ngày D/M/Y", "Ngày D/M/Y", "Hạn D/M/Y" → that day;
 * "Trước tháng M/Y" → the last day of month M−1; "Trong tháng M/Y", "Tháng M/Y" → the last day of M.</li>
 * <li>"Quý III/2025", "Quý III năm 2025", "Quí IV-2025" → the last day of that quarter; a list or span
 * ("Quý III, IV/2025", "Quý III-IV/2025", "Quý IV/2025 - Quý II/2026") → the last day of its last quarter.</li>
 * <li>"6 tháng đầu năm 2025" → 30/6/2025; "6 tháng cuối năm" → 31/12.</li>
 * <li>"Năm 2025", "Trong năm 2025", "Cả năm 2025", "Theo lộ trình năm 2025" → 31/12/2025; "Trước năm 2027" →
 * 31/12/2026; "Giai đoạn 2026 - 2030" → 31/12/2030.</li>
 * <li>Recurring ("Hằng quý", "Hằng năm", "trước ngày 20 hằng tháng", "Trước ngày 15/12 hàng năm", "Trước ngày 20 của
 * tháng cuối quý", "định kỳ hàng quý/6 tháng/năm") → every date of the rule inside the plan period only.</li>
 * <li>"Năm 2025, 2026" is a list of years, read like "2025 - 2026" → 31/12/2026; "Quý III.2025", "Tháng 9.2025" (a dot
 * between) read as "Quý III/2025". Months or quarters with time between them ("Tháng 6/2026 và tháng 12/2026", "Quý I,
 * III/2026") are separate deadlines (MULTI); consecutive ones ("Quý IV/2025 và quý I/2026") read as one span.</li>
 * <li>A day that makes a coarser time precise stays the deadline with the deliverable between them: "Năm 2025 (báo
 * cáo trước ngày 15/12/2025)" → 14/12/2025.</li>
 * <li>"2 lần/năm" → 30/6 and 31/12, "4 lần/năm" → each quarter's end; "Trước ngày 20/10/2025 hằng năm" → that day
 * every year from 2025; "Trước ngày 20 tháng 6 và tháng 12 hằng năm" → 19/6 and 19/12 every year.</li>
 * <li>"Thường xuyên" → ONGOING, also "Thường xuyên trong năm 2026"; nothing with a date ("Khi có phát sinh", "Theo kế
 * hoạch riêng") → UNRESOLVED with the reason. A day that does not exist (31/2) is UNRESOLVED, never a guess; so is a
 * week ("Tuần đầu tháng 10/2025": 3/10, 5/10 or 7/10?).</li>
 * <li>A phrase without a year takes it from the plan period. A cell of several sentences takes the first one that
 * carries a date and keeps the rest as the note. A ONE_OFF or MULTI date outside the plan period is kept, with a
 * note saying so.</li>
 * </ul>
 */
public class DeadlineParser {

	/** Sentences of one cell: "Ban hành trong quý I năm 2026. Thực hiện rà soát…". */
	private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.;!?])\\s+");

	private final TimePhraseReader reader = new TimePhraseReader();

	/** Counts working days on the working-day calendar (vn.parflow.calendar.WorkingDays). */
	@FunctionalInterface
	public interface WorkingDayCounter {

		/** The n-th working day after {@code day} (n &gt; 0) or before it (n &lt; 0). */
		LocalDate plusWorkingDays(LocalDate day, int n);

	}

	private final WorkingDayCounter workingDays;

	/** Without a working-day calendar: "N ngày làm việc" phrases are left to a person. */
	public DeadlineParser() {
		this(null);
	}

	public DeadlineParser(WorkingDayCounter workingDays) {
		this.workingDays = workingDays;
	}

	/**
	 * Reads a time phrase.
	 *
	 * @param phrase the cell as written (null or blank gives UNRESOLVED)
	 * @param period the plan period: gives missing years and bounds recurring rules
	 */
	public Schedule parse(String phrase, PlanPeriod period) {
		Objects.requireNonNull(period, "period");
		VietnameseText text = VietnameseText.of(phrase);
		if (text.isEmpty()) {
			return Schedule.unresolved("Ô thời gian để trống: chưa có thời hạn.");
		}
		Optional<Schedule> form = PhraseForms.read(text, period, workingDays, this::parse);
		if (form.isPresent()) {
			return form.get();
		}
		PhraseForms.Rewritten rewritten = PhraseForms.rewrite(text, period);
		if (rewritten.phrase().equals(text.original())) {
			return parsePlain(text, period);
		}
		Schedule schedule = parsePlain(VietnameseText.of(rewritten.phrase()), period);
		if (schedule.kind() == ScheduleKind.UNRESOLVED || rewritten.note() == null) {
			return schedule;
		}
		return new Schedule(schedule.kind(), schedule.deadlines(), join(schedule.note(), rewritten.note()), null);
	}

	private Schedule parsePlain(String phrase, PlanPeriod period) {
		return parsePlain(VietnameseText.of(phrase), period);
	}

	private Schedule parsePlain(VietnameseText text, PlanPeriod period) {
		LabelledDates.Result list = LabelledDates.read(text, period, reader);
		if (list.failure() != null) {
			return Schedule.unresolved(list.failure());
		}
		if (list.isList()) {
			List<Deadline> deadlines = new ArrayList<>();
			for (LabelledDates.Entry entry : list.entries()) {
				deadlines.add(new Deadline(entry.reading().deadlines().get(0).date(), entry.fullLabel()));
			}
			deadlines.sort(Comparator.comparing(Deadline::date));
			return new Schedule(ScheduleKind.MULTI, deadlines, outsideNote(deadlines, period), null);
		}

		List<VietnameseText> clauses = clauses(text);
		Reading chosen = null;
		int chosenIndex = -1;
		Reading firstFailure = null;
		boolean ongoing = false;
		for (int i = 0; i < clauses.size(); i++) {
			Reading reading = reader.read(clauses.get(i), period);
			if (reading.hasDate()) {
				chosen = reading;
				chosenIndex = i;
				break;
			}
			if (reading.kind() == ScheduleKind.ONGOING) {
				ongoing = true;
				continue;
			}
			if (firstFailure == null) {
				firstFailure = reading;
			}
			if (reading.timeContent()) {
				// A sentence with a date nobody could read: the next sentence must not stand in for it.
				return Schedule.unresolved(reading.reason());
			}
		}
		if (chosen == null) {
			if (ongoing) {
				return Schedule.ongoing(rest(clauses, firstOngoing(clauses, period)));
			}
			return Schedule.unresolved(firstFailure.reason());
		}
		String note = join(rest(clauses, chosenIndex), chosen.kind() == ScheduleKind.RECURRING ? null
				: outsideNote(chosen.deadlines(), period));
		return new Schedule(chosen.kind(), chosen.deadlines(), note, null);
	}

	/** For {@link ReportingRuleParser}: the labelled dates of an appendix cell, or the reason they cannot be read. */
	LabelledDates.Result labelledDates(String cell, PlanPeriod period) {
		return LabelledDates.read(VietnameseText.of(cell), period, reader);
	}

	private int firstOngoing(List<VietnameseText> clauses, PlanPeriod period) {
		for (int i = 0; i < clauses.size(); i++) {
			if (reader.read(clauses.get(i), period).kind() == ScheduleKind.ONGOING) {
				return i;
			}
		}
		return -1;
	}

	private static List<VietnameseText> clauses(VietnameseText text) {
		List<VietnameseText> clauses = new ArrayList<>();
		Matcher m = CLAUSE_END.matcher(text.original());
		int start = 0;
		while (m.find()) {
			addClause(clauses, text, start, m.start());
			start = m.end();
		}
		addClause(clauses, text, start, text.length());
		return clauses;
	}

	private static void addClause(List<VietnameseText> clauses, VietnameseText text, int start, int end) {
		VietnameseText clause = text.slice(start, end);
		if (!clause.isEmpty()) {
			clauses.add(clause);
		}
	}

	private static String rest(List<VietnameseText> clauses, int except) {
		List<String> others = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			if (i != except) {
				others.add(clauses.get(i).original());
			}
		}
		return others.isEmpty() ? null : String.join(" ", others);
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + " " + b;
	}

	private static String outsideNote(List<Deadline> deadlines, PlanPeriod period) {
		List<String> outside = deadlines.stream()
				.map(Deadline::date)
				.filter(d -> !period.contains(d))
				.map(d -> d.format(TimePhraseReader.DMY))
				.toList();
		if (outside.isEmpty()) {
			return null;
		}
		return "Thời hạn " + String.join(", ", outside) + " nằm ngoài kỳ kế hoạch (" + period.start().format(TimePhraseReader.DMY)
				+ " – " + period.end().format(TimePhraseReader.DMY) + ").";
	}

}
