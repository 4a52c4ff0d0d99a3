/** "needs-refund": paid while the viewer already held an active rental of the film; "refunded": set by an admin. */
export const paymentStatuses = ['pending', 'paid', 'needs-refund', 'refunded'] as const
