package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.BenchmarkKind;
import org.corporateparenting.domain.indicator.IndicatorTarget;
import org.corporateparenting.domain.indicator.PopulationEstimate;

/**
 * Queries over what a council sets for its board's indicators: targets by financial year, benchmarks by kind and
 * vintage, and the ONS mid-year population estimates. Open to any caller: the services that use it are the role
 * boundary.
 */
@Stateless
@PermitAll
public class IndicatorSettingsRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<IndicatorTarget> target(long councilId, String code, int financialYear) {
        return em.createQuery("""
                select t from IndicatorTarget t where t.council.id = :c and t.code = :k and t.financialYear = :y""",
                IndicatorTarget.class).setParameter("c", councilId).setParameter("k", code).setParameter("y", financialYear)
                .getResultStream().findFirst();
    }

    /** Every target the council has set, for every indicator and year. */
    public List<IndicatorTarget> allTargets(long councilId) {
        return em.createQuery("select t from IndicatorTarget t where t.council.id = :c", IndicatorTarget.class)
                .setParameter("c", councilId).getResultList();
    }

    /** Every benchmark the council holds, by kind and the latest vintage first. */
    public List<Benchmark> allBenchmarks(long councilId) {
        return em.createQuery("select b from Benchmark b where b.council.id = :c order by b.kind, b.vintage desc", Benchmark.class)
                .setParameter("c", councilId).getResultList();
    }

    /** The indicator's targets, the latest financial year first. */
    public List<IndicatorTarget> targets(long councilId, String code) {
        return em.createQuery("""
                select t from IndicatorTarget t where t.council.id = :c and t.code = :k order by t.financialYear desc""",
                IndicatorTarget.class).setParameter("c", councilId).setParameter("k", code).getResultList();
    }

    public Optional<Benchmark> benchmark(long councilId, String code, BenchmarkKind kind, String vintage) {
        return em.createQuery("""
                select b from Benchmark b where b.council.id = :c and b.code = :k and b.kind = :t and b.vintage = :v""",
                Benchmark.class).setParameter("c", councilId).setParameter("k", code).setParameter("t", kind)
                .setParameter("v", vintage).getResultStream().findFirst();
    }

    /** The indicator's benchmarks, the latest vintage first. */
    public List<Benchmark> benchmarks(long councilId, String code) {
        return em.createQuery("""
                select b from Benchmark b where b.council.id = :c and b.code = :k order by b.vintage desc, b.kind""",
                Benchmark.class).setParameter("c", councilId).setParameter("k", code).getResultList();
    }

    public Optional<PopulationEstimate> population(long councilId, int midYear) {
        return em.createQuery("select p from PopulationEstimate p where p.council.id = :c and p.midYear = :y",
                PopulationEstimate.class).setParameter("c", councilId).setParameter("y", midYear).getResultStream().findFirst();
    }

    /** The population estimates held, the latest mid-year first. */
    public List<PopulationEstimate> populations(long councilId) {
        return em.createQuery("select p from PopulationEstimate p where p.council.id = :c order by p.midYear desc",
                PopulationEstimate.class).setParameter("c", councilId).getResultList();
    }
}
