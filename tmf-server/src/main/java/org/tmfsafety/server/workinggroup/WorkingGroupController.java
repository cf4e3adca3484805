package org.tmfsafety.server.workinggroup;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.account.AccountRepository;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/**
 * The working group's pages: overview, meetings (schedule, minutes, attendance, files, decisions), action items
 * (assign, work on, comment) and members. Input errors are shown on the page they came from, in the user's
 * language, with what was entered kept.
 */
@Controller
class WorkingGroupController {

    private final MeetingService meetings;

    private final MeetingRepository meetingRepository;

    private final ActionService actions;

    private final MemberRepository members;

    private final WorkingGroupPermissions permissions;

    private final AccountRepository accounts;

    private final OrganisationRepository organisations;

    private final MessageSource messages;

    private final Clock clock;

    private final ZoneId zone;

    WorkingGroupController(MeetingService meetings, MeetingRepository meetingRepository, ActionService actions,
            MemberRepository members, WorkingGroupPermissions permissions, AccountRepository accounts,
            OrganisationRepository organisations, MessageSource messages, Clock clock, Formats formats) {
        this.meetings = meetings;
        this.meetingRepository = meetingRepository;
        this.actions = actions;
        this.members = members;
        this.permissions = permissions;
        this.accounts = accounts;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
        this.zone = formats.zone();
    }

    @GetMapping("/working-group")
    String overview(Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<MeetingRepository.Meeting> all = meetingRepository.all();
        model.addAttribute("upcoming", all.stream().filter(m -> m.status() == MeetingStatus.PLANNED
                && !m.startsAt().isBefore(now)).sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList());
        model.addAttribute("past", all.stream().filter(m -> m.status() != MeetingStatus.PLANNED
                || m.startsAt().isBefore(now)).limit(10).toList());
        model.addAttribute("actions", actions.list(true, null));
        model.addAttribute("decisions", meetings.decisions(null, 10));
        model.addAttribute("members", members.all());
        common(model);
        return "workinggroup/overview";
    }

    @GetMapping("/working-group/meetings/new")
    String newMeeting(Model model) {
        permissions.requireManage();
        common(model);
        return "workinggroup/meetingForm";
    }

    @PostMapping("/working-group/meetings")
    String schedule(@RequestParam(required = false) String title, @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place, @RequestParam(required = false) String onlineUrl,
            @RequestParam(required = false) String agenda, Model model, Locale locale) {
        MeetingInput input = new MeetingInput(title, dateTime(startsAt), blankToNull(place), blankToNull(onlineUrl),
                blankToNull(agenda), null, null, null);
        try {
            return "redirect:/working-group/meetings/" + meetings.schedule(input).id();
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", messages(ex, locale));
            model.addAttribute("entered", input);
            model.addAttribute("startsAtText", startsAt);
            common(model);
            return "workinggroup/meetingForm";
        }
    }

    @GetMapping("/working-group/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        MeetingRepository.Meeting meeting = meetings.get(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("startsAtText", meeting.startsAt().atZoneSameInstant(zone).toLocalDateTime().toString());
        model.addAttribute("attendance", meetingRepository.attendance(id));
        model.addAttribute("decisions", meetings.decisions(id, 1000));
        model.addAttribute("files", meetingRepository.files(id));
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("maxMegabytes", meetings.maxMegabytes());
        model.addAttribute("today", LocalDate.now(clock));
        common(model);
        return "workinggroup/meeting";
    }

    @PostMapping("/working-group/meetings/{id}")
    String updateMeeting(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsAt, @RequestParam(required = false) String place,
            @RequestParam(required = false) String onlineUrl, @RequestParam(required = false) String agenda,
            @RequestParam(required = false) String minutes, @RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) Integer version, Model model, Locale locale, RedirectAttributes redirect) {
        MeetingInput input = new MeetingInput(title, dateTime(startsAt), blankToNull(place), blankToNull(onlineUrl),
                blankToNull(agenda), blankToNull(minutes), status, version);
        return handle(() -> meetings.update(id, input), id, model, locale, redirect);
    }

    @PostMapping("/working-group/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) List<Long> present, Model model,
            Locale locale, RedirectAttributes redirect) {
        return handle(() -> meetings.recordAttendance(id, present == null ? List.of() : present), id, model, locale,
                redirect);
    }

    @PostMapping("/working-group/meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) LocalDate decidedOn,
            @RequestParam(required = false) String text, @RequestParam(required = false) String facilityCodes,
            Model model, Locale locale, RedirectAttributes redirect) {
        return handle(() -> meetings.decide(id, decidedOn, text, facilityCodes), id, model, locale, redirect);
    }

    @PostMapping("/working-group/meetings/{id}/files")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] data = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return handle(() -> meetings.attach(id, name, data), id, model, locale, redirect);
    }

    @GetMapping("/working-group/meetings/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        MeetingRepository.FileData file = meetingRepository.file(id, fileId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.attachment", String.valueOf(fileId)));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .body(file.data());
    }

    @GetMapping("/working-group/actions")
    String actionList(@RequestParam(defaultValue = "false") boolean pending, Model model) {
        model.addAttribute("actions", actions.list(pending, null));
        model.addAttribute("pending", pending);
        common(model);
        return "workinggroup/actions";
    }

    @GetMapping("/working-group/actions/new")
    String newAction(@RequestParam(required = false) Long facilityId, @RequestParam(required = false) Long decisionId,
            Model model) {
        permissions.requireManage();
        model.addAttribute("entered", new ActionInput(null, null, null, null, null, facilityId, decisionId, null, null,
                null));
        actionChoices(model);
        return "workinggroup/actionForm";
    }

    @PostMapping("/working-group/actions")
    String assign(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) LocalDate dueDate, @RequestParam(required = false) Long facilityId,
            @RequestParam(required = false) Long decisionId, Model model, Locale locale) {
        ActionInput input = new ActionInput(title, blankToNull(description), assignee, organisationId, dueDate,
                facilityId, decisionId, null, null, null);
        try {
            return "redirect:/working-group/actions/" + actions.create(input).id();
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", messages(ex, locale));
            model.addAttribute("entered", input);
            actionChoices(model);
            return "workinggroup/actionForm";
        }
    }

    @GetMapping("/working-group/actions/{id}")
    String action(@PathVariable long id, Model model) {
        ActionItem item = actions.get(id);
        model.addAttribute("action", item);
        model.addAttribute("editing", new ActionInput(item.title(), item.description(), item.assigneeUsername(),
                item.assigneeOrganisationId(), item.dueDate(), item.facilityId(), item.decisionId(),
                item.programmeItemId(), item.status(), item.version()));
        model.addAttribute("comments", actions.comments(id));
        model.addAttribute("canWork", permissions.canWork(item));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("overdue", item.overdueOn(LocalDate.now(clock)));
        actionChoices(model);
        return "workinggroup/action";
    }

    @PostMapping("/working-group/actions/{id}")
    String updateAction(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Long organisationId, @RequestParam(required = false) LocalDate dueDate,
            @RequestParam(required = false) Long facilityId, @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Integer version, Model model, Locale locale, RedirectAttributes redirect) {
        ActionItem current = actions.get(id);
        ActionInput input = new ActionInput(title, blankToNull(description), assignee, organisationId, dueDate,
                facilityId, current.decisionId(), current.programmeItemId(), status, version);
        try {
            actions.update(id, input);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/working-group/actions/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", messages(ex, locale));
            return action(id, model);
        }
    }

    @PostMapping("/working-group/actions/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text, Model model, Locale locale) {
        try {
            actions.comment(id, text);
            return "redirect:/working-group/actions/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", messages(ex, locale));
            return action(id, model);
        }
    }

    @GetMapping("/working-group/members")
    String memberList(Model model) {
        model.addAttribute("members", members.all());
        model.addAttribute("roles", GroupRole.values());
        model.addAttribute("accounts", accounts.findAll());
        common(model);
        return "workinggroup/members";
    }

    @PostMapping("/working-group/members")
    String saveMember(@RequestParam(required = false) Long userId, @RequestParam(required = false) GroupRole role,
            @RequestParam(required = false) String institution, Model model, Locale locale) {
        permissions.requireManage();
        if (userId == null || role == null || accounts.findById(userId).isEmpty()) {
            model.addAttribute("errors", List.of(messages.getMessage("member.invalid", null, locale)));
            return memberList(model);
        }
        members.save(userId, role, institution == null || institution.isBlank() ? null : institution.strip());
        return "redirect:/working-group/members";
    }

    @PostMapping("/working-group/members/{userId}/remove")
    String removeMember(@PathVariable long userId) {
        permissions.requireManage();
        members.remove(userId);
        return "redirect:/working-group/members";
    }

    /** Runs a change of a meeting; errors are shown on the meeting page, success redirects to it. */
    private String handle(Runnable change, long meetingId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/working-group/meetings/" + meetingId;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", messages(ex, locale));
            return meeting(meetingId, model);
        }
    }

    private void common(Model model) {
        model.addAttribute("canManage", permissions.canManage());
        model.addAttribute("today", LocalDate.now(clock));
    }

    private void actionChoices(Model model) {
        common(model);
        model.addAttribute("accounts", accounts.findAll().stream().filter(a -> a.enabled()).toList());
        model.addAttribute("organisations", organisations.findAll());
    }

    /** A date and time from the form (the server's time zone, {@code tmf.time-zone}), or null. */
    private OffsetDateTime dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toOffsetDateTime();
        }
        catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    private List<String> messages(InvalidInputException ex, Locale locale) {
        return ex.lines(messages, locale, "wg.field.");
    }
}
