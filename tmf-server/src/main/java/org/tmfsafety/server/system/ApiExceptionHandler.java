package org.tmfsafety.server.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem detail in the client's language,
 * naming the invalid fields. Never exposes stack traces or SQL. Applies to every endpoint that answers JSON: the
 * REST controllers and the response-body methods of page controllers (such as the notifications API); failures of
 * pages are left to the error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;

    private final ProblemWriter problems;

    ApiExceptionHandler(MessageSource messages, ProblemWriter problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalidInput(InvalidInputException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws InvalidInputException {
        answersJsonOrRethrow(e, handler, request);
        return validationProblem(fieldMessages(e.errors(), locale), request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws HttpMessageNotReadableException {
        answersJsonOrRethrow(e, handler, request);
        return validationProblem(List.of(unreadableMessage(e.getMostSpecificCause(), locale)), request, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws MethodArgumentTypeMismatchException {
        answersJsonOrRethrow(e, handler, request);
        String message = messages.getMessage("validation.invalidValue", new Object[] { String.valueOf(e.getValue()) }, locale);
        return validationProblem(List.of(new Problem.FieldMessage(e.getName(), message)), request, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Problem> notFound(NotFoundException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws NotFoundException {
        answersJsonOrRethrow(e, handler, request);
        return respond(new Problem(type("not-found"), messages.getMessage("problem.notFound.title", null, locale), 404,
                messages.getMessage(e.messageKey(), e.messageArgs(), locale), request.getRequestURI(), null, null));
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Problem> conflict(EditConflictException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws EditConflictException {
        answersJsonOrRethrow(e, handler, request);
        return respond(new Problem(type("edit-conflict"), messages.getMessage("problem.conflict.title", null, locale),
                409,
                messages.getMessage(e.messageKey(),
                        new Object[] { String.valueOf(e.submittedVersion()), String.valueOf(e.currentVersion()) }, locale),
                request.getRequestURI(), null, e.currentVersion()));
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<Problem> stateConflict(StateConflictException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws StateConflictException {
        answersJsonOrRethrow(e, handler, request);
        return respond(new Problem(type("state-conflict"), messages.getMessage("problem.status.409", null, locale), 409,
                messages.getMessage(e.messageKey(), e.messageArgs(), locale), request.getRequestURI(), null, null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> forbidden(AccessDeniedException e, @Nullable HandlerMethod handler,
            HttpServletRequest request, Locale locale) throws AccessDeniedException {
        answersJsonOrRethrow(e, handler, request);
        return respond(new Problem(type("forbidden"), messages.getMessage("problem.status.403", null, locale), 403,
                messages.getMessage("problem.forbidden", null, locale), request.getRequestURI(), null, null));
    }

    /**
     * The client went away before the answer was written (a closed browser tab, a load balancer or client timeout):
     * nothing to answer and nothing wrong with the server, so not an error in the log.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("Client left before the answer to {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> other(Exception e, @Nullable HandlerMethod handler, HttpServletRequest request,
            Locale locale) throws Exception {
        answersJsonOrRethrow(e, handler, request);
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        }
        String title = messages.getMessage("problem.status." + status.value(), null,
                messages.getMessage("problem.status.other", null, locale), locale);
        return respond(new Problem(type("http-" + status.value()), title, status.value(), null, request.getRequestURI(),
                null, null));
    }

    /**
     * Rethrows the failure, leaving it to the pages' error handling, unless it comes from an endpoint that answers
     * JSON, or from an API request that failed before an endpoint was found.
     */
    private static <E extends Exception> void answersJsonOrRethrow(E e, @Nullable HandlerMethod handler,
            HttpServletRequest request) throws E {
        boolean json = handler != null
                ? AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                        || handler.hasMethodAnnotation(ResponseBody.class)
                : request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!json) {
            throw e;
        }
    }

    private ResponseEntity<Problem> validationProblem(List<Problem.FieldMessage> errors, HttpServletRequest request,
            Locale locale) {
        return respond(problems.invalidInput(request, errors, locale));
    }

    private List<Problem.FieldMessage> fieldMessages(Errors errors, Locale locale) {
        List<Problem.FieldMessage> result = new ArrayList<>();
        errors.getGlobalErrors().forEach(error -> result.add(new Problem.FieldMessage(null, message(error, locale))));
        for (FieldError error : errors.getFieldErrors()) {
            result.add(new Problem.FieldMessage(error.getField(), message(error, locale)));
        }
        return result;
    }

    private String message(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private Problem.FieldMessage unreadableMessage(Throwable cause, Locale locale) {
        if (cause instanceof JsonTextModule.NulCharacterException e) {
            return new Problem.FieldMessage(path(e), messages.getMessage("validation.nul", null, locale));
        }
        if (cause instanceof UnrecognizedPropertyException e) {
            return new Problem.FieldMessage(path(e), messages.getMessage("validation.unknownField", null, locale));
        }
        if (cause instanceof MismatchedInputException e && e.getTargetType() != null) {
            String field = path(e);
            Class<?> target = e.getTargetType();
            if (target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
                return new Problem.FieldMessage(field, messages.getMessage("validation.enum", new Object[] { allowed }, locale));
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
                Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
                return new Problem.FieldMessage(field, messages.getMessage("validation.number",
                        new Object[] { String.valueOf(value) }, locale));
            }
            return new Problem.FieldMessage(field, messages.getMessage("validation.type", null, locale));
        }
        return new Problem.FieldMessage(null, messages.getMessage("validation.unreadable", null, locale));
    }

    private static String path(JacksonException e) {
        return e.getPath()
            .stream()
            .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                    : String.valueOf(reference.getIndex()))
            .collect(Collectors.joining("."));
    }

    private static URI type(String name) {
        return URI.create("urn:tmf-safety:problem:" + name);
    }

    private static ResponseEntity<Problem> respond(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(PROBLEM_JSON).body(problem);
    }

}
