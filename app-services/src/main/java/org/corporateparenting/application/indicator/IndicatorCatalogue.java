package org.corporateparenting.application.indicator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Standards;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalogue with the council's local standards from configuration: the care-leaver contact standard
 * ({@code care.leaving.contact-days}, 56 by default, the same setting the leaving-care screens use) and the
 * foster carer visit standard ({@code care.fostering.visit-days}, 42 by default).
 */
@ApplicationScoped
public class IndicatorCatalogue {

    @Inject
    @ConfigProperty(name = "care.leaving.contact-days", defaultValue = "56")
    int contactDays;

    @Inject
    @ConfigProperty(name = "care.fostering.visit-days", defaultValue = "42")
    int visitDays;

    private Catalogue catalogue;

    @PostConstruct
    void build() {
        catalogue = Catalogue.of(new Standards(contactDays, visitDays));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Definition definition(String code) {
        return catalogue.find(code).map(i -> i.definition())
                .orElseThrow(() -> new RecordNotFound("No indicator " + code));
    }
}
