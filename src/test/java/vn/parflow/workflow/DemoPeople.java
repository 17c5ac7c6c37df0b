package vn.parflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.parflow.directory.Directory;
import vn.parflow.directory.Directory.Member;
import vn.parflow.directory.Role;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The demo directory's people as the process tests need them: a mocked {@link Directory} (the directory module's
 * API) answering with data only, under the workflow's real {@link UnitPeople}. Which of a unit's people are its
 * officers is written out per unit, as the directory answers it, not recomputed here.
 */
final class DemoPeople {

	private static final Map<String, List<String>> HEADS = Map.of("vhxh", List.of("lan.vhxh"), "kinhte",
			List.of("thanh.kinhte"), "hcc", List.of("anh.hcc"), "ttdvc", List.of("son.ttdvc"));

	private static final Map<String, List<String>> MEMBERS = Map.of("vhxh",
			List.of("lan.vhxh", "trang.vhxh", "tuan.vhxh"), "kinhte", List.of("hanh.kinhte", "thanh.kinhte", "viet.kinhte"),
			"hcc", List.of("anh.hcc", "long.hcc", "yen.hcc"), "ttdvc", List.of("huong.ttdvc", "son.ttdvc"));

	private static final Map<String, List<String>> OFFICERS = Map.of("vhxh", List.of("trang.vhxh", "tuan.vhxh"),
			"kinhte", List.of("hanh.kinhte", "viet.kinhte"), "hcc", List.of("long.hcc", "yen.hcc"), "ttdvc",
			List.of("huong.ttdvc"));

	private static final Map<String, String> NAMES = Map.of("tuan.vhxh", "Phạm Minh Tuấn", "lan.vhxh",
			"Nguyễn Thị Lan", "thang.ct", "Nguyễn Văn Thắng", "hanh.kinhte", "Ngô Thị Hạnh");

	private DemoPeople() {
	}

	/** The workflow's view of the demo directory. */
	static UnitPeople people() {
		return new UnitPeople(directory());
	}

	static Directory directory() {
		Directory directory = mock(Directory.class);
		when(directory.heads(anyString())).thenAnswer(call -> HEADS.getOrDefault(call.getArgument(0), List.of()));
		when(directory.members(anyString())).thenAnswer(call -> MEMBERS.getOrDefault(call.getArgument(0), List.of()));
		when(directory.officers(anyString())).thenAnswer(call -> OFFICERS.getOrDefault(call.getArgument(0), List.of()));
		when(directory.withRole(any(Role.class))).thenAnswer(call -> switch ((Role) call.getArgument(0)) {
			case APPROVER -> List.of("hong.pct", "thang.ct");
			case PLAN_ADMIN -> List.of("admin");
			default -> List.of();
		});
		when(directory.fullName(anyString())).thenAnswer(call -> NAMES.getOrDefault(call.getArgument(0),
				call.getArgument(0)));
		when(directory.unitName(anyString())).thenAnswer(call -> Optional.of("Phòng " + call.getArgument(0)));
		when(directory.activePerson(anyString())).thenAnswer(call -> member(call.getArgument(0)));
		return directory;
	}

	private static Optional<Member> member(String username) {
		Set<String> units = Set.copyOf(MEMBERS.entrySet()
			.stream()
			.filter(unit -> unit.getValue().contains(username))
			.map(Map.Entry::getKey)
			.toList());
		if (units.isEmpty()) {
			return Optional.empty();
		}
		Set<Role> roles = HEADS.values().stream().anyMatch(heads -> heads.contains(username)) ? Set.of(Role.UNIT_HEAD)
				: Set.of();
		return Optional.of(new Member(username, NAMES.getOrDefault(username, username), username + "@example.vn", true,
				false, units, roles));
	}

}
