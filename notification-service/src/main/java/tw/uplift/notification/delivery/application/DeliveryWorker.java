package tw.uplift.notification.delivery.application;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.delivery.ChannelSender;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryStatus;
import tw.uplift.notification.delivery.SendOutcome;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.work.BackgroundWorker;
import tw.uplift.platform.work.LeasedClaims;

/**
 * Sends what is due in the send queue, each delivery by the one instance that claimed it ({@link PendingDeliveries}).
 * Per delivery: SENDING (with the attempt's number) is stored <em>before</em> the receiving system is spoken to;
 * then the outcome, with its event, in one write. A temporary failure is tried again after an exponentially
 * growing wait, up to {@code maxAttempts}, then given up as permanent. A circuit breaker per channel: while it is
 * open the deliveries wait, and the wait is not counted as an attempt (webhooks keep one per endpoint in their
 * sender instead, so one failing endpoint never holds up the others). The deliveries of one pass are sent side by
 * side, each on a virtual thread, so a receiver that hangs until its timeout delays nobody else's.
 *
 * <p><b>The crash window.</b> (E-mail; a webhook receiver drops a repeated {@code webhook-id}, so an interrupted
 * webhook attempt is simply made again.) An instance may die after the SMTP server took a message and before DELIVERED was
 * stored. Its claim expires; whoever claims the delivery next finds it SENDING with nobody working on it. SMTP has
 * no idempotency key to ask the server with, so we cannot know whether the message went. We choose at most once:
 * it is not sent again automatically but recorded as TECHNICAL_FAILURE "outcome unknown", which an operator sees
 * and may re-send (with the same {@code Message-ID}). Guaranteed: no person gets the same e-mail twice from
 * redeliveries, restarts or two instances; a crash inside that window (milliseconds, once per crash) leaves one
 * delivery for a person to decide instead of a silent duplicate or a silent loss.
 */
public class DeliveryWorker extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int PHASE = Integer.MAX_VALUE - 200;
    private static final int BATCH = 100;

    private final AggregateStore store;
    private final PendingDeliveries queue;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final CircuitBreakerRegistry breakers;
    private final CircuitBreakerConfig breakerConfig;
    private final Clock clock;
    private final int maxAttempts;
    private final IntervalFunction backoff;
    private final Duration breakerWait;
    private final MeterRegistry meters;

    public DeliveryWorker(AggregateStore store, PendingDeliveries queue, List<ChannelSender> senders,
            CircuitBreakerRegistry breakers, CircuitBreakerConfig breakerConfig, Clock clock, DeliveryProperties props,
            MeterRegistry meters) {
        super("delivery-sender", props.pollInterval(), PHASE);
        this.store = store;
        this.queue = queue;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.breakers = breakers;
        this.breakerConfig = breakerConfig;
        this.clock = clock;
        this.maxAttempts = props.maxAttempts();
        this.backoff = IntervalFunction.ofExponentialBackoff(props.firstRetry(), 2.0);
        this.breakerWait = props.breakerWait();
        this.meters = meters;
        Gauge.builder("uplift.notifications.pending", queue, PendingDeliveries::size)
                .description("deliveries waiting in the send queue (held, due, or waiting to retry)").register(meters);
        // Each channel's breaker from the start, so its state (resilience4j_circuitbreaker_state) is exported while
        // still closed and UpliftNotificationBreakerOpen has a series before the first delivery.
        this.senders.values().stream().filter(sender -> !sender.guardsEachDestination())
                .forEach(sender -> breakerOf(sender.channel()));
    }

    @Override
    protected void pass() {
        sendDue();
    }

    /** One pass over what is due now. Returns how many deliveries it settled or tried. */
    public int sendDue() {
        List<Future<Boolean>> sending = new ArrayList<>();
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : queue.due(clock.instant(), BATCH)) {
                if (stopping()) {
                    break;
                }
                LeasedClaims.Claimed claimed = queue.claim(id).orElse(null);
                if (claimed == null) {
                    continue; // another instance has it, or it is gone
                }
                // Each on its own thread: a receiver that hangs until its timeout holds up only its own deliveries.
                sending.add(each.submit(() -> workLogged(id, claimed)));
            }
        } // waits for every one of them: the pass ends when its deliveries are settled or rescheduled
        return (int) sending.stream().filter(DeliveryWorker::worked).count();
    }

    private boolean workLogged(String id, LeasedClaims.Claimed claimed) {
        try {
            return work(id, claimed);
        } catch (RuntimeException e) {
            log.warn("delivery {}: {}; looked at again within the lease", id, e.toString());
            return false;
        }
    }

    private static boolean worked(Future<Boolean> done) {
        return done.state() == Future.State.SUCCESS && done.resultNow();
    }

    private boolean work(String id, LeasedClaims.Claimed claimed) {
        Instant now = clock.instant();
        Instant dueAt = PendingDeliveries.dueAt(claimed);
        if (dueAt.isAfter(now)) {
            queue.later(id, dueAt); // rescheduled by another instance since we listed it
            return false;
        }
        Delivery d = store.findById(id, Delivery.class).orElse(null);
        if (d == null) {
            queue.done(claimed); // queued by a consumer that died before storing the delivery; its event comes again
            return false;
        }
        if (d.status() == DeliveryStatus.SENDING && repeatable(d)) {
            store.update(id, Delivery.class, x -> x.interruptedAttempt(now));
            queue.later(id, now);
            return true;
        }
        if (d.status() == DeliveryStatus.SENDING) {
            Delivery unknown = store.update(id, Delivery.class, x -> x.outcomeUnknown(now)).orElseThrow();
            count(unknown);
            settle(unknown, now);
            queue.done(claimed);
            return true;
        }
        if (d.status().isFinal()) {
            settle(d, now);
            queue.done(claimed);
            return false;
        }
        if (!d.isSendable(now)) {
            queue.later(id, d.heldUntil());
            return false;
        }
        if (d.status() == DeliveryStatus.HELD && d.digestCause() != null && waitsForItsDigest(d, claimed, now)) {
            return false;
        }
        return attempt(d, claimed, now);
    }

    private boolean attempt(Delivery d, LeasedClaims.Claimed claimed, Instant now) {
        String id = d.getId();
        ChannelSender sender = senders.get(d.channel());
        if (sender == null) {
            Delivery failed = store.update(id, Delivery.class,
                    x -> x.failTechnically("no sender for channel " + d.channel(), now)).orElseThrow();
            count(failed);
            queue.done(claimed);
            return true;
        }
        // null: the sender keeps a breaker per destination itself (a webhook endpoint's)
        CircuitBreaker breaker = sender.guardsEachDestination() ? null : breakerOf(d.channel());
        if (breaker != null && !breaker.tryAcquirePermission()) {
            queue.later(id, now.plus(breakerWait)); // waiting on an open breaker is no attempt
            return false;
        }
        int attempt = store.update(id, Delivery.class, x -> x.isSendable(now) ? x.startAttempt(now) : 0).orElse(0);
        if (attempt == 0) {
            if (breaker != null) {
                breaker.releasePermission();
            }
            queue.later(id, now);
            return false;
        }
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            outcome = sender.send(d);
        } catch (RuntimeException e) {
            outcome = SendOutcome.technicalFailure(e.toString());
        }
        long took = System.nanoTime() - started;
        if (breaker != null) {
            switch (outcome.result()) {
                case TEMPORARY_FAILURE -> breaker.onError(took, TimeUnit.NANOSECONDS, new IllegalStateException(outcome.reason()));
                case TECHNICAL_FAILURE -> breaker.releasePermission(); // our fault says nothing about the server
                default -> breaker.onSuccess(took, TimeUnit.NANOSECONDS); // it answered, yes or no
            }
        }
        SendOutcome reported = outcome;
        Instant after = clock.instant();
        Delivery settled = store.update(id, Delivery.class,
                x -> x.finishAttempt(reported, attempt >= maxAttempts, after)).orElseThrow();
        count(settled);
        if (settled.status() == DeliveryStatus.TEMPORARY_FAILURE) {
            queue.later(id, after.plusMillis(backoff.apply(attempt)));
        } else {
            settle(settled, after);
            queue.done(claimed);
        }
        return true;
    }

    /**
     * A reminder held for a digest that lists it follows the digest: delivered in it, waiting while it is pending;
     * only one the digest does not list, or whose digest failed for good, is sent on its own.
     *
     * @return whether the digest took care of it (nothing to send now)
     */
    private boolean waitsForItsDigest(Delivery reminder, LeasedClaims.Claimed claimed, Instant now) {
        Delivery digest = store.findById(reminder.digestId(), Delivery.class).orElse(null);
        if (digest == null || !digest.lists(reminder.getId())) {
            return false;
        }
        switch (digest.status()) {
            case DELIVERED -> {
                store.update(reminder.getId(), Delivery.class, x -> x.deliveredInDigest(digest.getId(), now))
                        .ifPresent(this::countIfDelivered);
                queue.done(claimed);
                return true;
            }
            case PERMANENT_FAILURE, TECHNICAL_FAILURE -> {
                return false;
            }
            default -> {
                queue.later(reminder.getId(), now.plus(breakerWait)); // the digest's worker settles it
                return true;
            }
        }
    }

    /**
     * A digest's reminders follow it: delivered inside it, or, when it failed for good, queued to go on their own
     * (each is held until the digest's time, which has passed).
     */
    private void settle(Delivery d, Instant now) {
        if (!d.isDigest()) {
            return;
        }
        for (Delivery.DigestEntry e : d.digestEntries()) {
            if (d.status() == DeliveryStatus.DELIVERED) {
                store.update(e.deliveryId(), Delivery.class, x -> x.deliveredInDigest(d.getId(), now))
                        .ifPresent(this::countIfDelivered);
            } else {
                queue.ensure(e.deliveryId(), now);
            }
        }
    }

    private void countIfDelivered(Delivery d) {
        if (d.status() == DeliveryStatus.DELIVERED) {
            count(d);
        }
    }

    private boolean repeatable(Delivery d) {
        ChannelSender sender = senders.get(d.channel());
        return sender != null && sender.receiverDropsRepeats();
    }

    /** The breaker of a channel (e-mail: {@code notification-email}). */
    public CircuitBreaker breakerOf(Channel channel) {
        return breakers.circuitBreaker("notification-" + channel.name().toLowerCase(Locale.ROOT), breakerConfig);
    }

    private void count(Delivery d) {
        Counter.builder("uplift.notifications").description("notices delivered, by kind, channel and outcome")
                .tag("kind", d.isDigest() ? "DIGEST" : d.kind().name()).tag("channel", d.channel().name())
                .tag("outcome", d.status().name().toLowerCase(Locale.ROOT)).register(meters).increment();
    }
}
