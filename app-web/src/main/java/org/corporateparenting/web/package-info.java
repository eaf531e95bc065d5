/** The web layer: Vaadin screens (an installable PWA) and the REST API. Talks to services only. */
package org.corporateparenting.web;
