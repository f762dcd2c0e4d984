package org.itsmflow.change;

import java.time.Instant;

/**
 * One authorisation decision: a CAB or ECAB vote, a change manager's decision, the escalated
 * CAB decision or the retrospective authorisation of an emergency change.
 *
 * @param kind cab-vote, change-manager, cab-escalation, ecab, retrospective
 * @param ownerVeto a rejection by a member of an affected service's owner group
 */
public record ChangeDecision(int revision, String kind, String decidedBy, String decision, String comment,
    boolean ownerVeto, Instant decidedAt) {}
