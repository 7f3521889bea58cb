package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.EntitlementFilter} as {@code POST /v1/entitlements/search} takes it (and
 * {@code GET /v1/entitlements} as query parameters): {@code plan_ids} (entity type PLAN and those ids),
 * {@code entity_type}, {@code entity_ids}, {@code feature_ids}, {@code feature_type}, {@code is_enabled},
 * {@code status}, paging. {@code filters}, {@code sort}, {@code expand} and the time range are accepted and
 * ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EntitlementSearchRequest(List<String> planIds, String entityType, List<String> entityIds,
                                       List<String> featureIds, String featureType, Boolean isEnabled, String status,
                                       Integer limit, Integer offset, String order,
                                       List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final EntitlementSearchRequest ALL =
            new EntitlementSearchRequest(null, null, null, null, null, null, null, null, null, null, null, null);

    /** A search without {@code filters} or {@code sort} (from query parameters). */
    public EntitlementSearchRequest(List<String> planIds, String entityType, List<String> entityIds,
                                    List<String> featureIds, String featureType, Boolean isEnabled, String status,
                                    Integer limit, Integer offset, String order) {
        this(planIds, entityType, entityIds, featureIds, featureType, isEnabled, status, limit, offset, order, null,
                null);
    }

    public Search toSearch() {
        WireParser wire = new WireParser();
        EntitlementEntityType type = EntitlementWire.parse(wire, "", "entity_type", entityType,
                EntitlementEntityType::fromWire);
        List<String> owners = new ArrayList<>(WireParser.list(entityIds));
        List<String> plans = WireParser.list(planIds);
        if (!plans.isEmpty()) {
            if (type != null && type != EntitlementEntityType.PLAN) {
                wire.add("plan_ids", "is only for entity_type PLAN");
            }
            type = EntitlementEntityType.PLAN;
            owners.addAll(plans);
        }
        FeatureType feature = EntitlementWire.parse(wire, "", "feature_type", featureType, FeatureType::fromWire);
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, EntitlementFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new EntitlementFilter(null, type, owners, WireParser.list(featureIds), feature, isEnabled,
                statusFilter, conditions), page);
    }

    public record Search(EntitlementFilter filter, PageRequest page) {
    }
}
