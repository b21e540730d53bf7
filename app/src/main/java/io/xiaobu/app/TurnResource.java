package io.xiaobu.app;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The device API: one voice turn in, the assistant's answer out. */
@Path("/v1/turns")
@Tag(name = "turns")
public class TurnResource {

    private final AssistantHolder assistant;

    public TurnResource(AssistantHolder assistant) {
        this.assistant = assistant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Handle one voice turn",
            description = "Rejects noise, understands, answers or acts, and records the turn. "
                    + "A retried requestId within the retry window gets the same response.")
    @APIResponse(responseCode = "200", description = "The turn's outcome, reply, directives and understanding")
    @APIResponse(responseCode = "400", description = "A client mistake; the JSON body names the field")
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB")
    public TurnResponse turn(TurnRequest request,
                             @QueryParam("debug") boolean debug) {
        return assistant.get().turns().handle(request, debug);
    }
}
