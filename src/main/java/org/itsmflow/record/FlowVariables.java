package org.itsmflow.record;

import java.util.Set;

/**
 * The process variables a record type's process keeps: what its gateways, timers, decisions and
 * task assignments read after a wait state, and what Tasklist's lists show. Everything else a step
 * receives (a form's or the API's input) is passed as a transient value: the step's delegates
 * read it in the same transaction and write it to the record, and the engine stores none of it.
 */
public interface FlowVariables {

  RecordType type();

  Set<String> names();
}
