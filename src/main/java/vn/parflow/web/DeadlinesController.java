package vn.parflow.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.parflow.ical.CalendarEntry;
import vn.parflow.ical.CalendarService;
import vn.parflow.ical.CalendarTokens;

/**
 * "My deadlines", for everyone: the deadlines of the person's personal calendar (the same entries as their feed,
 * {@code GET /api/calendar/{token}.ics}), overdue first, and a button that creates or revokes the feed's address
 * ({@code POST}/{@code DELETE /api/me/calendar-token}).
 */
@Controller
class DeadlinesController {

	private final CalendarService calendars;

	private final CalendarTokens tokens;

	private final PageFormat format;

	DeadlinesController(CalendarService calendars, CalendarTokens tokens, PageFormat format) {
		this.calendars = calendars;
		this.tokens = tokens;
		this.format = format;
	}

	@GetMapping("/deadlines")
	String deadlines(Principal principal, Model model) {
		LocalDate today = format.today();
		List<CalendarEntry> entries = calendars.personalCalendar(principal.getName()).stream()
			.filter(entry -> !entry.done())
			.toList();
		model.addAttribute("overdue", entries.stream().filter(e -> e.due().isBefore(today)).toList());
		model.addAttribute("upcoming", entries.stream().filter(e -> !e.due().isBefore(today)).toList());
		model.addAttribute("feedActive", tokens.active(principal.getName()));
		return "web/deadlines";
	}

}
