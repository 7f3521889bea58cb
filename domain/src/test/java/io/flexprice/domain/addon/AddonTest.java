package io.flexprice.domain.addon;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddonTest {

    private static final Audit AUDIT = Audit.createdBy("alice", Instant.parse("2024-03-01T00:00:00Z"));

    private static Addon addon(String name, String lookupKey, AddonType type) {
        return new Addon(AddonId.of("addon_1"), Scope.of("tenant_1", "env_1"), name, null, lookupKey, type, null,
                Status.PUBLISHED, AUDIT);
    }

    @Test
    void anAddonNeedsANameALookupKeyAndAType() {
        assertThat(fieldsRejected(() -> addon(" ", null, null))).containsExactly("name", "lookup_key", "type");
        assertThat(fieldsRejected(() -> Addon.validate("x".repeat(256), "d".repeat(4001))))
                .containsExactly("name", "description");
    }

    @Test
    void detailsChangeButTheLookupKeyAndTypeStay() {
        Addon addon = addon("Extra seats", "seats", AddonType.MULTIPLE_INSTANCE);

        Addon changed = addon.withDetails("More seats", "Per seat", Metadata.of(Map.of("a", "b")), AUDIT);

        assertThat(changed.name()).isEqualTo("More seats");
        assertThat(changed.lookupKey()).isEqualTo("seats");
        assertThat(changed.type()).isEqualTo(AddonType.MULTIPLE_INSTANCE);
        assertThat(changed.metadata().values()).containsEntry("a", "b");
        assertThat(changed.deleted(AUDIT).isLive()).isFalse();
        assertThat(addon.metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void typeWireValuesAreLowerCaseAndReadInAnyCase() {
        assertThat(AddonType.MULTIPLE_INSTANCE.wireValue()).isEqualTo("multiple_instance");
        assertThat(AddonType.fromWire("ONETIME")).isEqualTo(AddonType.ONETIME);
        assertThatThrownBy(() -> AddonType.fromWire("twice")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("onetime, multiple_instance");
    }
}
