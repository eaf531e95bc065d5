/**
 * Care episodes as the DfE SSDA903 return defines them: an episode starts when a child becomes looked
 * after or when the legal status or placement changes, and periods of care are derived from episodes.
 */
package org.corporateparenting.domain.episode;
