package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.SearchFixtures.asc;
import static io.flexprice.adapters.storage.SearchFixtures.before;
import static io.flexprice.adapters.storage.SearchFixtures.contains;
import static io.flexprice.adapters.storage.SearchFixtures.desc;
import static io.flexprice.adapters.storage.SearchFixtures.eq;
import static io.flexprice.adapters.storage.SearchFixtures.notIn;
import static io.flexprice.adapters.storage.SearchFixtures.sortedBy;
import static io.flexprice.adapters.storage.SearchFixtures.where;
import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What every {@link FeatureRepository} does. A metered feature's meter is a stored meter of its scope. */
public abstract class FeatureRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract FeatureRepository repository();

    /** Where the meters of metered features are stored first. */
    protected abstract MeterRepository meters();

    @Test
    void insertedFeatureIsReadBackWithEveryField() {
        Feature feature = new Feature(new FeatureId(Fixtures.uniqueId("feat")), scope, "API calls",
                "Calls to the public API", "api_calls", FeatureType.METERED, storedMeter(),
                "call", "calls", Metadata.of(Map.of("team", "platform")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(feature);

        assertThat(repository().findById(scope, feature.id())).contains(feature);
    }

    @Test
    void updateReplacesEveryEditableField() {
        Feature feature = Fixtures.aFeature(scope).lookupKey("sso").build();
        repository().insert(feature);
        Feature changed = feature.withDetails("SAML SSO", "Single sign-on over SAML", "seat", "seats",
                Metadata.of(Map.of("tier", "enterprise")), feature.audit().updatedBy("carol", T0.plusSeconds(60)));

        repository().update(changed);

        assertThat(repository().findById(scope, feature.id())).contains(changed);
    }

    @Test
    void deletedFeatureIsStillFoundById() {
        Feature feature = Fixtures.aFeature(scope).build();
        repository().insert(feature);

        repository().update(feature.deleted(feature.audit()));

        assertThat(repository().findById(scope, feature.id())).contains(feature.deleted(feature.audit()));
    }

    @Test
    void featureOfOneScopeIsInvisibleFromAnother() {
        Feature feature = Fixtures.aFeature(scope).build();
        repository().insert(feature);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, feature.id())).isEmpty();
            assertThat(repository().search(other, FeatureFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
        }
    }

    @Test
    void insertWithALookupKeyTakenInTheScopeConflicts() {
        Feature first = Fixtures.aFeature(scope).lookupKey("sso").build();
        repository().insert(first);

        assertConflict(() -> repository().insert(Fixtures.aFeature(scope).lookupKey("sso").build()));
        assertThat(search(FeatureFilter.ALL_LIVE).items()).containsExactly(first);
    }

    @Test
    void featuresWithoutLookupKeyNeverConflict() {
        repository().insert(Fixtures.aFeature(scope).build());
        repository().insert(Fixtures.aFeature(scope).build());

        assertThat(search(FeatureFilter.ALL_LIVE).total()).isEqualTo(2);
    }

    @Test
    void sameLookupKeyInAnotherScopeIsAnotherFeature() {
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));

        repository().insert(Fixtures.aFeature(scope).lookupKey("sso").build());
        repository().insert(Fixtures.aFeature(otherEnvironment).lookupKey("sso").build());

        assertThat(repository().search(otherEnvironment, FeatureFilter.ALL_LIVE, PageRequest.first(10)).total())
                .isEqualTo(1);
    }

    @Test
    void deletedFeatureFreesItsLookupKey() {
        Feature original = Fixtures.aFeature(scope).lookupKey("sso").build();
        repository().insert(original);
        repository().update(original.deleted(original.audit()));
        Feature successor = Fixtures.aFeature(scope).lookupKey("sso").build();

        repository().insert(successor);

        assertThat(search(new FeatureFilter(null, List.of("sso"), null, null, null)).items())
                .containsExactly(successor);
    }

    @Test
    void updateToALookupKeyTakenInTheScopeConflicts() {
        repository().insert(Fixtures.aFeature(scope).lookupKey("sso").build());
        Feature other = Fixtures.aFeature(scope).lookupKey("audit_log").build();
        repository().insert(other);
        Feature clash = Fixtures.aFeature(scope).id(other.id().value()).lookupKey("sso").build();

        assertConflict(() -> repository().update(clash));
        assertThat(repository().findById(scope, other.id())).contains(other);
    }

    @Test
    void searchWithoutStatusLeavesDeletedOutAndWithStatusListsOnlyThatStatus() {
        Feature published = Fixtures.aFeature(scope).createdAt(T0).build();
        Feature archived = Fixtures.aFeature(scope).status(Status.ARCHIVED).createdAt(T0.plusSeconds(1)).build();
        Feature deleted = Fixtures.aFeature(scope).status(Status.DELETED).createdAt(T0.plusSeconds(2)).build();
        insert(published, archived, deleted);

        assertThat(search(FeatureFilter.ALL_LIVE).items()).containsExactly(archived, published);
        assertThat(search(new FeatureFilter(null, null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(new FeatureFilter(null, null, null, null, Status.PUBLISHED)).items())
                .containsExactly(published);
    }

    @Test
    void searchNarrowsByIdsLookupKeysMetersAndName() {
        MeterId calls = storedMeter();
        MeterId storage = storedMeter();
        Feature apiCalls = Fixtures.aFeature(scope).name("API calls").lookupKey("api_calls").meter(calls)
                .createdAt(T0).build();
        Feature storageGb = Fixtures.aFeature(scope).name("Storage GB").lookupKey("storage").meter(storage)
                .createdAt(T0.plusSeconds(1)).build();
        Feature sso = Fixtures.aFeature(scope).name("SSO for API users").createdAt(T0.plusSeconds(2)).build();
        insert(apiCalls, storageGb, sso);

        assertThat(search(new FeatureFilter(List.of(apiCalls.id().value(), sso.id().value()), null, null, null, null))
                .items()).containsExactly(sso, apiCalls);
        assertThat(search(new FeatureFilter(null, List.of("storage", "unknown"), null, null, null)).items())
                .containsExactly(storageGb);
        assertThat(search(new FeatureFilter(null, null, List.of(calls.value(), storage.value()), null, null)).items())
                .containsExactly(storageGb, apiCalls);
        assertThat(search(new FeatureFilter(null, null, null, "api", null)).items())
                .as("name_contains ignores case").containsExactly(sso, apiCalls);
        assertThat(search(new FeatureFilter(null, List.of("api_calls", "storage"), null, "GB", Status.PUBLISHED))
                .items()).containsExactly(storageGb);
        assertThat(search(new FeatureFilter(List.of(), List.of(), List.of(), null, null)).total()).isEqualTo(3);
    }

    @Test
    void searchOrdersByCreationThenIdNewestFirstUnlessAskedOtherwise() {
        String run = Fixtures.uniqueId("feat");
        Feature oldest = Fixtures.aFeature(scope).id(run + "_z").createdAt(T0).build();
        Feature tiedLow = Fixtures.aFeature(scope).id(run + "_a").createdAt(T0.plusSeconds(60)).build();
        Feature tiedHigh = Fixtures.aFeature(scope).id(run + "_b").createdAt(T0.plusSeconds(60)).build();
        insert(tiedHigh, oldest, tiedLow);

        assertThat(search(FeatureFilter.ALL_LIVE).items()).containsExactly(tiedHigh, tiedLow, oldest);
        assertThat(repository().search(scope, FeatureFilter.ALL_LIVE, new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(oldest, tiedLow, tiedHigh);
    }

    @Test
    void searchReturnsTheRequestedPageAndCountsEveryMatch() {
        Feature[] features = new Feature[5];
        for (int i = 0; i < features.length; i++) {
            features[i] = Fixtures.aFeature(scope).createdAt(T0.plusSeconds(i)).build();
        }
        insert(features);

        Page<Feature> page = repository().search(scope, FeatureFilter.ALL_LIVE, new PageRequest(2, 1, SortOrder.DESC));

        assertThat(page.items()).containsExactly(features[3], features[2]);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void updateOfAFeatureThatIsNotStoredInTheScopeFails() {
        Feature feature = Fixtures.aFeature(scope).build();
        repository().insert(feature);
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Feature elsewhere = Fixtures.aFeature(otherEnvironment).id(feature.id().value()).build();

        assertThatThrownBy(() -> repository().update(Fixtures.aFeature(scope).build()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository().update(elsewhere)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(scope, feature.id())).contains(feature);
    }

    private MeterId storedMeter() {
        Meter meter = Fixtures.aMeter(scope, T0);
        meters().insert(meter);
        return meter.id();
    }

    private Page<Feature> search(FeatureFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private void insert(Feature... features) {
        for (Feature feature : features) {
            repository().insert(feature);
        }
    }

    private static void assertConflict(ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN));
    }

    @Test
    void searchConditionsNarrowAndSortFeaturesWithTheMatchingTotal() {
        Feature sso = Fixtures.aFeature(scope).name("Single sign-on").lookupKey("sso").createdAt(T0).build();
        Feature seats = Fixtures.aFeature(scope).name("Seats").lookupKey("seats").createdAt(T0.plusSeconds(1)).build();
        Feature audit = Fixtures.aFeature(scope).name("Audit log").createdAt(T0.plusSeconds(2)).build();
        for (Feature f : List.of(sso, seats, audit)) {
            repository().insert(f);
        }

        assertThat(searchWith(where(contains("name", "S"))).items()).containsExactly(seats, sso);
        // audit has no lookup key: it satisfies no condition on it
        assertThat(searchWith(where(notIn("lookup_key", "sso"))).items()).containsExactly(seats);
        assertThat(searchWith(where(eq("type", "boolean"), before("created_at", T0.plusSeconds(2)))).total())
                .isEqualTo(2);
        assertThat(searchWith(sortedBy(asc("name"))).items()).containsExactly(audit, seats, sso);
        assertThat(searchWith(sortedBy(desc("lookup_key"))).items()).containsExactly(audit, sso, seats);
    }

    private Page<Feature> searchWith(io.flexprice.domain.common.SearchConditions conditions) {
        return search(new FeatureFilter(null, null, null, null, null, conditions));
    }
}
