/**
 * The service desk's mailbox (ISO 20000 8.6.1: the user's contact by e-mail): process
 * mail-intake polls it over IMAP; a new message from a known person opens an incident, a reply
 * with a ticket number in its subject adds to that ticket, confirms or reopens it. Each message
 * is kept by its Message-ID and handled once.
 */
package org.itsmflow.mailin;
