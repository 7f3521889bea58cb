package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.util.List;

/**
 * FlexPrice's addons on a subscription: {@code POST /subscriptions/addon} (200, the association),
 * {@code DELETE /subscriptions/addon} ({@code dto.RemoveAddonRequest} in the body; 200,
 * {@code dto.SuccessResponse}) and {@code GET /subscriptions/{id}/addons/associations} (an array of
 * associations, running and ended).
 */
@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public final class SubscriptionAddonsResource {

    private static final ObjectMapper BODY = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ManageSubscriptionsUseCase manage;
    private final FindSubscriptionsQuery find;

    @Inject
    public SubscriptionAddonsResource(ManageSubscriptionsUseCase manage, FindSubscriptionsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Path("/addon")
    @Consumes(MediaType.APPLICATION_JSON)
    public AddonAssociationResponse add(@Context SecurityContext security, AddAddonRequest request) {
        var change = manage.addAddon(Callers.of(security), WireParser.requireBody(request).toCommand());
        return AddonAssociationResponse.from(change.after(), change.association());
    }

    @DELETE
    @Path("/addon")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RemoveAddonRequest.class)))
    public SuccessResponse remove(@Context SecurityContext security, String body) {
        RemoveAddonRequest request;
        try {
            request = body == null || body.isBlank() ? null : BODY.readValue(body, RemoveAddonRequest.class);
        } catch (IOException e) {
            throw new ValidationException(ErrorCode.MALFORMED_REQUEST, "body", "must be a JSON object");
        }
        RemoveAddonRequest removal = WireParser.requireBody(request);
        manage.removeAddon(Callers.of(security), removal.addonAssociationId(), removal.reason());
        return new SuccessResponse("addon removed from subscription successfully");
    }

    @GET
    @Path("/{id}/addons/associations")
    public List<AddonAssociationResponse> associations(@Context SecurityContext security,
                                                       @PathParam("id") String id) {
        Caller caller = Callers.of(security);
        Subscription subscription = find.get(caller, SubscriptionId.of(id));
        return find.addonAssociations(caller, subscription.id()).stream()
                .map(association -> AddonAssociationResponse.from(subscription, association)).toList();
    }
}
