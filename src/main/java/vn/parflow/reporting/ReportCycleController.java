package vn.parflow.reporting;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.parflow.directory.Directory;
import vn.parflow.directory.Role;

/**
 * A plan's report cycles: which opened, where each stands, whether it left on time; and opening a cycle now (plan
 * administrators: a cycle whose deadline passed before the plan was activated, or one to open early).
 */
@RestController
class ReportCycleController {

	record OpenRequest(String report, String period) {
	}

	private final ReportCycles cycles;

	private final ReportingPlans plans;

	private final Directory directory;

	ReportCycleController(ReportCycles cycles, ReportingPlans plans, Directory directory) {
		this.cycles = cycles;
		this.plans = plans;
		this.directory = directory;
	}

	@GetMapping("/api/plans/{code}/report-cycles")
	ResponseEntity<List<ReportCycleView>> cycles(@PathVariable String code) {
		if (plans.plan(code).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch mã “%s”.".formatted(code));
		}
		return ResponseEntity.ok(cycles.cycles(code));
	}

	@PostMapping("/api/plans/{code}/report-cycles")
	ResponseEntity<?> open(@PathVariable String code, @RequestBody OpenRequest request, Principal principal) {
		if (principal == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập để mở kỳ báo cáo.");
		}
		boolean planAdmin = directory.activePerson(principal.getName())
			.filter(person -> person.hasRole(Role.PLAN_ADMIN))
			.isPresent();
		if (!planAdmin) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị kế hoạch mới mở được kỳ báo cáo.");
		}
		if (request == null || request.report() == null || request.period() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Hãy gửi tên báo cáo (report) và kỳ (period), ví dụ “Quý III”.");
		}
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(cycles.open(code, request.report(), request.period()));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		}
	}

}
