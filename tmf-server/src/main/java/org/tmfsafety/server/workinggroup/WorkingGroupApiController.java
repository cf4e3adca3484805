package org.tmfsafety.server.workinggroup;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working group's action items for integrations. */
@RestController
@Tag(name = "Working group")
class WorkingGroupApiController {

    private final ActionService actions;

    WorkingGroupApiController(ActionService actions) {
        this.actions = actions;
    }

    @PostMapping("/api/v1/working-group/actions")
    @Operation(summary = "Assign an action item (administrators, authorities, the group's chair and secretary)",
            description = "{title, assignee (user name) and/or organisationId, dueDate (not in the past), facilityId?, "
                    + "decisionId?, programmeItemId?, description?}. The assignees are notified. 201 with the item.")
    ResponseEntity<ActionItem> create(@RequestBody ActionInput input) {
        ActionItem item = actions.create(input);
        return ResponseEntity.created(URI.create("/api/v1/working-group/actions/" + item.id())).body(item);
    }

    @GetMapping("/api/v1/working-group/actions")
    @Operation(summary = "Action items, pending first by due date", description = "pending=true: open and in progress only.")
    List<ActionItem> list(@RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) Long facilityId) {
        return actions.list(pending, facilityId);
    }

    @GetMapping("/api/v1/working-group/actions/{id}")
    @Operation(summary = "One action item")
    ActionItem get(@PathVariable long id) {
        return actions.get(id);
    }

    @PutMapping("/api/v1/working-group/actions/{id}")
    @Operation(summary = "Change an action item",
            description = "Managers change every field; the assignee only status. version is required (409 when stale).")
    ActionItem update(@PathVariable long id, @RequestBody ActionInput input) {
        return actions.update(id, input);
    }
}
