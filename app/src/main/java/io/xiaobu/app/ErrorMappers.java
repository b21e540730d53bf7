package io.xiaobu.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.xiaobu.dialog.api.FieldError;
import io.xiaobu.dialog.api.InvalidRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Turns every failure into a JSON error naming the problem: client mistakes are 4xx with the field
 * at fault; only broken infrastructure is a 5xx.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return json(400, new ApiError("invalid_request", e.getMessage(), e.errors()));
    }

    /** Malformed JSON, a wrong type, an unknown enum value: name the JSON path at fault. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = "$";
        String why = e.getOriginalMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = path(m.getPath());
            Throwable cause = m.getCause();
            why = cause instanceof IllegalArgumentException iae ? iae.getMessage() : "has the wrong type or format";
        } else if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
            why = "malformed JSON" + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() : "");
        }
        return json(400, new ApiError("invalid_request", field + ": " + why, List.of(new FieldError(field, why))));
    }

    /** Replaces the framework's own mapper so that wrong types get the same error shape. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (e) {
            case NotFoundException nf -> "not_found";
            case NotAllowedException na -> "method_not_allowed";
            case NotSupportedException ns -> "unsupported_media_type";
            default -> status == 413 ? "body_too_large" : status < 500 ? "bad_request" : "server_error";
        };
        if (e.getCause() instanceof JsonProcessingException jpe) return unreadable(jpe);
        String message = status == 400 && e.getMessage() != null ? e.getMessage() : Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "error";
        return json(status, new ApiError(code, message, List.of()));
    }

    @ServerExceptionMapper
    public Response broken(RuntimeException e) {
        LOG.error("turn failed on the server side", e);
        return json(500, new ApiError("server_error", "the assistant failed on its side; the turn was recorded", List.of()));
    }

    static Response json(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }
}
