package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Page;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /v1/addons/{id}/entitlements}: FlexPrice's {@code dto.ListEntitlementsResponse}. */
@Path("/v1/addons/{id}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class AddonEntitlementsResource {

    private final FindEntitlementsQuery find;

    @Inject
    public AddonEntitlementsResource(FindEntitlementsQuery find) {
        this.find = find;
    }

    @GET
    public ListResponse<EntitlementResponse> get(@Context SecurityContext security, @PathParam("id") String id) {
        var entitlements = find.ofAddon(Callers.of(security), AddonId.of(id));
        return ListResponse.from(new Page<>(entitlements, entitlements.size(), Math.max(1, entitlements.size()), 0),
                EntitlementResponse::from);
    }
}
