package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL is in CreditGrantMapper.xml. */
interface CreditGrantMapper {

    int insert(CreditGrantRow row);

    int update(CreditGrantRow row);

    CreditGrantRow findById(@Param("scope") Scope scope, @Param("id") CreditGrantId id);

    List<CreditGrantRow> findByPlan(@Param("scope") Scope scope, @Param("planId") String planId);

    List<CreditGrantRow> findBySubscription(@Param("scope") Scope scope,
                                            @Param("subscriptionId") String subscriptionId);

    List<CreditGrantRow> findLiveAcrossTenants();
}
