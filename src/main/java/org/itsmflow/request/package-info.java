/**
 * Service requests (ISO 20000 8.6.2): the request catalogue, process service-request, request
 * records and their REST API.
 */
package org.itsmflow.request;
