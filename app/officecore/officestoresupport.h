#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// What the office store's files share (officestore.cpp keeps workstations, cases and events,
// allocation.cpp decides and allocates, auditanchors.cpp keeps the anchors): its messages and
// the times it reads back.
namespace dsn::office {

QString localized(const char *text); // in the context "dsn::OfficeStore"

// A time column as the store keeps it (base/storetime.h); invalid when empty or unreadable.
QDateTime storedTime(const QVariant &value);

} // namespace dsn::office
