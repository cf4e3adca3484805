package org.tmfsafety.server.workinggroup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.system.BeanChecks;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.Hashes;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.UploadedFile;

/**
 * Meetings of the working group (scheduling notifies every member), their minutes, attendance, files and the
 * decisions taken, linked to facilities. Writes are for those who run the group, validated, audited and (for
 * meetings) optimistically locked.
 */
@Service
public class MeetingService {

    private final MeetingRepository meetings;

    private final MemberRepository members;

    private final FacilityRepository facilities;

    private final FacilityPermissions facilityPermissions;

    private final WorkingGroupPermissions permissions;

    private final Notifications notifications;

    private final AuditLog audit;

    private final CurrentUser user;

    private final Validator validator;

    private final int maxMegabytes;

    MeetingService(MeetingRepository meetings, MemberRepository members, FacilityRepository facilities,
            FacilityPermissions facilityPermissions, WorkingGroupPermissions permissions, Notifications notifications,
            AuditLog audit, CurrentUser user, Validator validator,
            @Value("${tmf.working-group.max-file-megabytes:20}") int maxMegabytes) {
        this.meetings = meetings;
        this.members = members;
        this.facilities = facilities;
        this.facilityPermissions = facilityPermissions;
        this.permissions = permissions;
        this.notifications = notifications;
        this.audit = audit;
        this.user = user;
        this.validator = validator;
        this.maxMegabytes = maxMegabytes;
    }

    public MeetingRepository.Meeting get(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("problem.notFound.meeting", id));
    }

    /**
     * Decisions of a meeting, or all decisions when meetingId is null, the latest first, with only the facilities
     * the current account may read.
     */
    public List<MeetingRepository.Decision> decisions(Long meetingId, int limit) {
        return permissions.visibleDecisions(meetings.decisions(meetingId, limit));
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    /** Schedules a meeting and notifies every member. */
    @Transactional
    public MeetingRepository.Meeting schedule(MeetingInput input) {
        permissions.requireManage();
        check(input, false);
        long id = meetings.insert(input, user.username());
        MeetingRepository.Meeting meeting = get(id);
        audit.record("wg_meeting", id, AuditAction.CREATE, null, meeting);
        notifications.notify(members.userIds(), NotificationType.MEETING_SCHEDULED, "wg_meeting", id,
                "/working-group/meetings/" + id, List.of(meeting.title(),
                        meeting.startsAt().format(DateTimeFormatter.ISO_LOCAL_DATE)), "meeting-scheduled:" + id);
        return meeting;
    }

    /** Changes a meeting (details, minutes, status) if nobody changed it since the given version. */
    @Transactional
    public MeetingRepository.Meeting update(long id, MeetingInput input) {
        permissions.requireManage();
        MeetingRepository.Meeting before = get(id);
        check(input, true);
        if (!meetings.update(id, input)) {
            throw new EditConflictException("problem.conflict.meeting", input.version(), get(id).version());
        }
        MeetingRepository.Meeting after = get(id);
        audit.record("wg_meeting", id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void recordAttendance(long id, List<Long> present) {
        permissions.requireManage();
        get(id);
        meetings.recordAttendance(id, present);
        audit.record("wg_meeting", id, AuditAction.UPDATE, null, Map.of("present", present));
    }

    /**
     * Records a decision of a meeting, linked to the facilities whose codes are given (comma or space separated).
     *
     * @throws InvalidInputException naming the field: empty text, no date, an unknown facility code
     */
    @Transactional
    public long decide(long meetingId, LocalDate decidedOn, String text, String facilityCodes) {
        permissions.requireManage();
        get(meetingId);
        Errors errors = new MapBindingResult(new HashMap<>(), "decision");
        if (text == null || text.isBlank()) {
            errors.rejectValue("text", "validation.required");
        }
        else if (text.strip().length() > 5000) {
            errors.rejectValue("text", "validation.tooLong");
        }
        if (decidedOn == null) {
            errors.rejectValue("decidedOn", "validation.required");
        }
        List<Long> ids = new ArrayList<>();
        for (String code : facilityCodes == null ? new String[0] : facilityCodes.split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Facility facility = facilities.findByCode(code.strip()).filter(facilityPermissions::canRead).orElse(null);
            if (facility == null) {
                errors.rejectValue("facilityCodes", "decision.facility.unknown", new Object[] { code.strip() }, null);
            }
            else {
                ids.add(facility.id());
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        long id = meetings.insertDecision(meetingId, decidedOn, text, ids, user.username());
        audit.record("wg_decision", id, AuditAction.CREATE, null, Map.of("meetingId", meetingId, "text", text.strip(),
                "facilityIds", ids));
        return id;
    }

    /** Attaches a file (PDF, image, DOCX, XLSX, PPTX) to a meeting. */
    @Transactional
    public void attach(long meetingId, String fileName, byte[] data) {
        permissions.requireManage();
        get(meetingId);
        Errors errors = new MapBindingResult(new HashMap<>(), "file");
        UploadedFile file = UploadedFile.check(fileName, data, maxMegabytes, true, "meeting.file.type", errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        String sha = Hashes.sha256Hex(data);
        long id = meetings.insertFile(meetingId, file.name(), file.contentType(), data, sha, user.username());
        audit.record("wg_meeting_file", id, AuditAction.CREATE, null, Map.of("meetingId", meetingId, "fileName",
                file.name(), "sha256", sha));
    }

    private void check(MeetingInput input, boolean editing) {
        Errors errors = new MapBindingResult(new HashMap<>(), "meeting");
        BeanChecks.validate(validator, input, errors);
        if (editing && input.status() == null) {
            errors.rejectValue("status", "validation.required");
        }
        if (editing && input.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        if (input.onlineUrl() != null && !input.onlineUrl().isBlank() && !input.onlineUrl().matches("https?://\\S+")) {
            errors.rejectValue("onlineUrl", "meeting.onlineUrl.invalid");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }
}
