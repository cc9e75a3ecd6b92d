#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>
#include <optional>
#include <type_traits>

// Enum keys through one small table. Every enum the workstation stores, sends or shows has one
// table of entries, each with the value, its stable key (stored in tables and sent on the wire,
// never translated) and its name marked with QT_TRANSLATE_NOOP in the table's context; these
// helpers answer from the table, so no enum needs a switch of its own for its key or its name.
// An entry type may carry more columns (a rule's roles, a setting's default); it needs `value`,
// `key` and, for enumName(), `name`. A key is text, except where the law numbers the values (the
// refusal grounds): enumFromKey() then takes the number.
//
//     constexpr EnumEntry<Office> kOffices[] = {
//         {Office::Provider, u"provider", QT_TRANSLATE_NOOP("dsn::Office", "State Revenue Department")},
//         ...
//     };
//     QString officeKey(Office o) { return enumKey(kOffices, o); }
namespace dsn {

template <typename E> struct EnumEntry
{
    E value;
    QStringView key;
    const char *name = nullptr;
};

// The table's entry for the value, or nullptr when the table lacks it.
template <typename Table, typename E>
auto enumEntry(const Table &table, E value) -> decltype(&*std::begin(table))
{
    for (const auto &entry : table)
        if (entry.value == value)
            return &entry;
    return nullptr;
}

// The value's key; empty when the table lacks the value.
template <typename Table, typename E> QString enumKey(const Table &table, E value)
{
    const auto *entry = enumEntry(table, value);
    return entry ? entry->key.toString() : QString();
}

// The value with this key (compared exactly), or nullopt.
template <typename Table, typename Key = QStringView>
auto enumFromKey(const Table &table, const Key &key)
    -> std::optional<std::remove_cv_t<decltype(std::begin(table)->value)>>
{
    for (const auto &entry : table)
        if (entry.key == key)
            return entry.value;
    return std::nullopt;
}

// The value's name translated in `context` (the one its QT_TRANSLATE_NOOP names); empty when
// the table lacks the value or gives it no name.
template <typename Table, typename E> QString enumName(const char *context, const Table &table, E value)
{
    const auto *entry = enumEntry(table, value);
    return entry && entry->name ? QCoreApplication::translate(context, entry->name) : QString();
}

// Every value of the table, in table order.
template <typename Table>
auto enumValues(const Table &table) -> QList<std::remove_cv_t<decltype(std::begin(table)->value)>>
{
    QList<std::remove_cv_t<decltype(std::begin(table)->value)>> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace dsn
