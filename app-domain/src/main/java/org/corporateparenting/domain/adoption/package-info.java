/**
 * Adoption: each child's journey through the milestones the adoption scorecard measures (DfE adoption
 * scorecard, thresholds A1 and A2), and the households approved to adopt.
 */
package org.corporateparenting.domain.adoption;
