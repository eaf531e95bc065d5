/** The REST API under /api, described by the OpenAPI document at /openapi. */
package org.corporateparenting.web.rest;
