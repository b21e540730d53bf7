package io.xiaobu.app;

import io.xiaobu.dialog.api.FieldError;
import io.xiaobu.dialog.skills.SkillRegistration;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The skill developer platform: register a skill (interaction model + signed webhook) at run time,
 * list and remove skills. Changes need the admin token ({@code Authorization: Bearer …}).
 */
@Path("/v1/skills")
@Tag(name = "skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

    /** What a developer posts: the interaction model as YAML text and the webhook to call. */
    public record Registration(String model, Webhook webhook) {
        public record Webhook(String url, String secret, Integer budgetMs) {
        }
    }

    private final AssistantHolder assistant;
    private final XiaobuConfig config;

    public SkillResource(AssistantHolder assistant, XiaobuConfig config) {
        this.assistant = assistant;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or update a remote skill; its rules take effect at once")
    public Response register(Registration body, @HeaderParam("Authorization") String auth) {
        Response denied = checkAdmin(auth);
        if (denied != null) return denied;
        if (body == null) return ErrorMappers.json(400, new ApiError("invalid_request", "body is empty", List.of()));
        Registration.Webhook w = body.webhook() == null ? new Registration.Webhook(null, null, null) : body.webhook();
        SkillRegistration.Result result = registration().register(
                new SkillRegistration.Request(body.model(), w.url(), w.secret(), w.budgetMs()));
        if (!result.ok()) {
            List<FieldError> fields = result.errors().stream()
                    .map(e -> new FieldError(e.line() > 0 ? e.field() + " (line " + e.line() + ", column " + e.column() + ")"
                            : e.field(), e.message())).toList();
            return ErrorMappers.json(400, new ApiError("invalid_skill", "the skill was not registered", fields));
        }
        return Response.status(201).entity(registration().get(result.skill().id()).orElseThrow()).build();
    }

    @GET
    @Operation(summary = "List installed skills")
    public List<SkillRegistration.Summary> list() {
        return registration().list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One installed skill")
    public Response get(@PathParam("id") String id) {
        return registration().get(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> ErrorMappers.json(404, new ApiError("not_found", "no skill '" + id + "'", List.of())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a registered skill (built-in skills cannot be removed)")
    public Response delete(@PathParam("id") String id, @HeaderParam("Authorization") String auth) {
        Response denied = checkAdmin(auth);
        if (denied != null) return denied;
        if (registration().isBuiltIn(id)) {
            return ErrorMappers.json(409, new ApiError("built_in", "'" + id + "' is a built-in skill", List.of()));
        }
        return registration().remove(id) ? Response.noContent().build()
                : ErrorMappers.json(404, new ApiError("not_found", "no skill '" + id + "'", List.of()));
    }

    private SkillRegistration registration() {
        return assistant.get().skillRegistration().orElseThrow(() -> new IllegalStateException("no skill catalog"));
    }

    private Response checkAdmin(String auth) {
        if (config.adminToken().isEmpty()) {
            return ErrorMappers.json(403, new ApiError("forbidden", "skill registration is disabled: no admin token is configured", List.of()));
        }
        String expected = "Bearer " + config.adminToken().get();
        if (auth == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), auth.getBytes(StandardCharsets.UTF_8))) {
            return ErrorMappers.json(401, new ApiError("unauthorized", "a valid admin token is required", List.of()));
        }
        return null;
    }
}
