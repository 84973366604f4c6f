/**
 * How the portal's files and UI messages reach a phone on a slow network (issue #24, benchmark B5 in
 * docs/performance.md): long-lived caching of content-addressed files, no compression of answers that carry
 * access keys (docs/security.md), a trimmed bootstrap page. No tables.
 */
package org.greenwhistle.base.web;
