#include "store/schema/steps.h"

#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

Result<void> addCaseSearch(QSqlDatabase &db)
{
    // One row per application, rowid = applications.id. unicode61 folds case (Latin, Cyrillic,
    // Kazakh letters) and, with remove_diacritics 0, keeps letters such as ә, ө, ү, й, ё distinct.
    // Prefix indexes make short prefixes of IIN/BIN, case numbers and names cheap.
    return sqlExecAll(db,
        {
            u"CREATE VIRTUAL TABLE case_search USING fts5("
            u" case_number, taxpayer_id, taxpayer_name, products,"
            u" tokenize = 'unicode61 remove_diacritics 0',"
            u" prefix = '2 3 4')"_s,

            u"CREATE TRIGGER case_search_application_insert AFTER INSERT ON applications BEGIN"
            u" INSERT INTO case_search(rowid, case_number, taxpayer_id, taxpayer_name, products)"
            u" VALUES (NEW.id, NEW.case_number, NEW.taxpayer_id, NEW.taxpayer_name,"
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = NEW.id), "
            u"''));"
            u" END"_s,

            u"CREATE TRIGGER case_search_application_update"
            u" AFTER UPDATE OF case_number, taxpayer_id, taxpayer_name ON applications BEGIN"
            u" UPDATE case_search SET case_number = NEW.case_number, taxpayer_id = NEW.taxpayer_id,"
            u"  taxpayer_name = NEW.taxpayer_name WHERE rowid = NEW.id;"
            u" END"_s,

            u"CREATE TRIGGER case_search_application_delete AFTER DELETE ON applications BEGIN"
            u" DELETE FROM case_search WHERE rowid = OLD.id;"
            u" END"_s,

            u"CREATE TRIGGER case_search_line_insert AFTER INSERT ON product_lines BEGIN"
            u" UPDATE case_search SET products ="
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = "
            u"NEW.application_id), '')"
            u"  WHERE rowid = NEW.application_id;"
            u" END"_s,

            u"CREATE TRIGGER case_search_line_update AFTER UPDATE OF name, application_id ON product_lines "
            u"BEGIN"
            u" UPDATE case_search SET products ="
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = "
            u"OLD.application_id), '')"
            u"  WHERE rowid = OLD.application_id;"
            u" UPDATE case_search SET products ="
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = "
            u"NEW.application_id), '')"
            u"  WHERE rowid = NEW.application_id;"
            u" END"_s,

            u"CREATE TRIGGER case_search_line_delete AFTER DELETE ON product_lines BEGIN"
            u" UPDATE case_search SET products ="
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = "
            u"OLD.application_id), '')"
            u"  WHERE rowid = OLD.application_id;"
            u" END"_s,

            // The cases stored before this version.
            u"INSERT INTO case_search(rowid, case_number, taxpayer_id, taxpayer_name, products)"
            u" SELECT a.id, a.case_number, a.taxpayer_id, a.taxpayer_name,"
            u"  coalesce((SELECT group_concat(name, ' ') FROM product_lines WHERE application_id = a.id), '')"
            u" FROM applications a"_s,

            u"CREATE INDEX applications_status_received_at ON applications(status, received_at)"_s,
            u"CREATE INDEX printed_documents_application ON printed_documents(application_id, kind)"_s,
            u"CREATE INDEX outbox_application ON outbox(application_id)"_s,
        });
}

} // namespace dsn::migration
