#pragma once

#include "cases/mirroredcase.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The review desk's side of the office's API v1 (docs/office.md): GET queue pages, mirrored into
// the store (cases/mirroredcase.h), and the answer of POST cases/{uid}/decision.
namespace dsn {

struct QueuePage
{
    QList<MirroredCase> cases;
    QList<qint64> seqs; // each case's queue number, in the same order
    qint64 lastSeq = 0; // where the next page starts
};

// One page of GET queue?after=SEQ; nullopt (with *problem set, for the log) when the reply is not
// one or a case in it has an application that cannot be read.
std::optional<QueuePage> parseQueueReply(const QByteArray &body, QString *problem);

// A decision the office answered, as the store's copy of the case will have it: `before` (the
// mirrored copy) with the status, decision number, time, reviewer and each line's outcome from
// the reply. nullopt (with *problem) when the reply is not one for this case.
std::optional<MirroredCase> parseDecisionReply(
    const QByteArray &body, const MirroredCase &before, QString *problem);

} // namespace dsn
