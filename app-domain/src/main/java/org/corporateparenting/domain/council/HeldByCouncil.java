package org.corporateparenting.domain.council;

/** A record that belongs to one council: only that council's users may see or change it. */
public interface HeldByCouncil {

    Council getCouncil();
}
