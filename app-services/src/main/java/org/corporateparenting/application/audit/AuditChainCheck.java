package org.corporateparenting.application.audit;

/**
 * The outcome of checking the audit trail's hash chain: how many seals were verified, how many events were still
 * waiting for a seal, and whether the chain is intact; if not, the first seal that fails and why. {@code head} is
 * the hash of the last seal verified, to compare with the copy the sealer logged.
 */
public record AuditChainCheck(boolean intact, long verified, long unsealed, Long brokenAt, String problem, String head) {

    static AuditChainCheck intact(long verified, long unsealed, String head) {
        return new AuditChainCheck(true, verified, unsealed, null, null, head);
    }

    static AuditChainCheck broken(long verified, long at, String problem) {
        return new AuditChainCheck(false, verified, 0, at, "Seal " + at + ": " + problem + ".", null);
    }
}
