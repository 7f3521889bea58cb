package io.flexprice.adapters.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.http.common.FlexpriceOperations.Operation;
import org.junit.jupiter.api.Test;

class FlexpriceOperationsTest {

    private static final FlexpriceOperations OPERATIONS = FlexpriceOperations.parse("""
            # a comment
            GET /v1/customers/{id}
            GET /v1/customers/usage
            GET /v1/customers/{id}/grants/upcoming
            post /v1/customers/search
            """);

    @Test
    void aParameterMatchesAnyOneSegment() {
        assertThat(OPERATIONS.match("GET", "/v1/customers/cust_123")).contains(new Operation("GET", "/v1/customers/{id}"));
        assertThat(OPERATIONS.match("GET", "v1/customers/cust_1/grants/upcoming/"))
                .contains(new Operation("GET", "/v1/customers/{id}/grants/upcoming"));
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertThat(OPERATIONS.match("GET", "/v1/customers/usage")).contains(new Operation("GET", "/v1/customers/usage"));
    }

    @Test
    void theMethodMustMatchIgnoringCase() {
        assertThat(OPERATIONS.match("post", "/v1/customers/search")).contains(new Operation("POST", "/v1/customers/search"));
        assertThat(OPERATIONS.match("DELETE", "/v1/customers/search")).isEmpty();
    }

    @Test
    void otherSegmentCountsLiteralsAndEmptyParametersDoNotMatch() {
        assertThat(OPERATIONS.match("GET", "/v1/customers/cust_1/grants")).isEmpty();
        assertThat(OPERATIONS.match("GET", "/v1/customers/cust_1/grants/past")).isEmpty();
        assertThat(OPERATIONS.match("GET", "/v1/customers//grants/upcoming")).isEmpty();
        assertThat(OPERATIONS.match("GET", "/v2/customers/cust_1")).isEmpty();
    }

    @Test
    void anOperationIsShadowedWhenAPathParameterTookOneOfItsLiteralSegments() {
        Operation units = new Operation("GET", "/v1/prices/units");
        assertThat(units.isShadowed("/v1/prices/units", java.util.Set.of("units"))).isTrue();
        assertThat(units.isShadowed("/v1/prices/units", java.util.Set.of())).isFalse();
        assertThat(new Operation("GET", "/v1/prices/{id}").isShadowed("/v1/prices/price_1", java.util.Set.of("price_1")))
                .isFalse();
    }

    @Test
    void aLineThatIsNotMethodAndPathIsRejected() {
        assertThatThrownBy(() -> FlexpriceOperations.parse("GET v1/customers")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlexpriceOperations.parse("/v1/customers")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOfficialListHoldsTheSdksOperationsSortedAndUnique() {
        // 188 operations: one per src/funcs/*.ts file of @flexprice/sdk 2.0.1
        assertThat(FlexpriceOperations.official().all()).hasSize(188).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.comparing(Operation::toString))
                .allSatisfy(operation -> assertThat(operation.path()).startsWith("/v1/"));
    }
}
