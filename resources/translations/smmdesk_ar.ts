<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CatalogPane</name>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="296"/>
        <source>Search services: name, category or ID  (Ctrl+F)</source>
        <extracomment>with at most this many matching categories every one is expanded after a search... ...otherwise only the first few: expanding hundreds of categories at once stalls the view top-level rows now expanded, kept from the signals: asking the view row by row costs a Python model call per category set while the pane rebuilds rows: spanning mid-way would force a layout per expand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="302"/>
        <source>Show one service type only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="307"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="312"/>
        <source>Show only services that support these features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="316"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="317"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="318"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="328"/>
        <source>★ Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="329"/>
        <source>Show only the services you starred (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="333"/>
        <source>Order of services inside each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="335"/>
        <source>Catalogue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="336"/>
        <source>Rate: low → high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="337"/>
        <source>Rate: high → low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="338"/>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="339"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="365"/>
        <location filename="../../smmdesk/gui/catalog_view.py" line="498"/>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="498"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="502"/>
        <source>Copy service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="504"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="507"/>
        <source>Collapse all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="551"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="553"/>
        <source>Any features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="712"/>
        <source>No catalogue loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="718"/>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog_view.py" line="720"/>
        <source>%n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="722"/>
        <source>1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog_view.py" line="724"/>
        <source>%n categories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="725"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="727"/>
        <source>No favourites yet: select a service and press Ctrl+D to star it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="729"/>
        <source>No services match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_view.py" line="731"/>
        <source>No services match these filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="314"/>
        <source>Edit panel</source>
        <extracomment>short on purpose: the user is waiting for this one answer one retry rides out a hiccup; more would keep the user waiting on a wrong address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="314"/>
        <source>Connect a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="319"/>
        <source>Enter the API URL and the API key shown on your panel&apos;s API page. SMMDesk checks them with the panel before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="327"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="328"/>
        <source>A name you will recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="330"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="337"/>
        <source>This panel URL is not encrypted (http). Your API key would be sent in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="345"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="367"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="375"/>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="376"/>
        <source>SMMDesk&apos;s own (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="380"/>
        <source>Some panels&apos; firewalls block programs that do not look like a web browser. If the check reports a firewall page, paste your browser&apos;s User-Agent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="393"/>
        <source>&amp;User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="395"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="396"/>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="398"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="428"/>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="543"/>
        <source>Check &amp;&amp; save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="452"/>
        <source>•••••• (stored in the keyring — leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="455"/>
        <source>No key is stored: paste it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="460"/>
        <source>Paste the key from the panel&apos;s API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="496"/>
        <source>Hide API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="496"/>
        <source>Show API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="543"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="560"/>
        <source>The address now points to another server: enter its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="567"/>
        <source>Enter the API key from the panel&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="607"/>
        <source>Checking the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="651"/>
        <source>The panel answered, but the profile could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="660"/>
        <source>API key not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panel_dialogs.py" line="662"/>
        <source>No secure keyring is available on this system: the key is kept for this session only and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOrdersDialog</name>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="657"/>
        <source>Add Order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="662"/>
        <source>Track orders placed elsewhere (on the panel&apos;s website or another device). Paste their order IDs from “%1”, separated by spaces, commas or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="682"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="695"/>
        <source>1 order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="695"/>
        <source>%1 order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="697"/>
        <source>%n given twice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="699"/>
        <source>not order IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="712"/>
        <source>Checking 1 order ID with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="713"/>
        <source>Checking %1 order IDs with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="736"/>
        <source>1 order imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="736"/>
        <source>%1 orders imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="755"/>
        <source>Imported and now tracked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="761"/>
        <source>Already tracked, not added again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="767"/>
        <source>#%1 was not added: the panel answered “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="772"/>
        <source>Given more than once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="774"/>
        <source>Not order IDs, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="776"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="777"/>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="134"/>
        <source>&amp;Connect a Panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="137"/>
        <source>Add a panel with its API URL and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="140"/>
        <source>&amp;Manage Panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="143"/>
        <source>Add, edit, remove or switch panel profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="145"/>
        <source>Open the &amp;Demo Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="147"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="150"/>
        <source>Fetch the service catalogue and the balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="153"/>
        <source>&amp;Find Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="158"/>
        <source>&amp;Place Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="161"/>
        <source>Place the order in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="164"/>
        <source>&amp;Mass Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="167"/>
        <source>Place many orders at once from pasted lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="169"/>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="170"/>
        <source>&amp;About SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="172"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="179"/>
        <source>&amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="185"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="197"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="201"/>
        <source>Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="327"/>
        <source>Catalogue updated: %1 added, %2 removed, %3 rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="338"/>
        <source>Wait for the service catalogue to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="351"/>
        <source>Unfinished mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="352"/>
        <source>A mass order was interrupted before all its lines were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="353"/>
        <source>Open the mass order window to review and send the remaining lines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="354"/>
        <source>Review lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="391"/>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="394"/>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="399"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="401"/>
        <source>The panel is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="403"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="412"/>
        <source>About SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="414"/>
        <source>&lt;h3&gt;SMMDesk %1&lt;/h3&gt;&lt;p&gt;A fast, safe desktop client for SMM panels (API v2).&lt;/p&gt;&lt;p&gt;Your API keys are kept only in the system keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MassOrderDialog</name>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="294"/>
        <source>Mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="307"/>
        <source>One order per line: %1 — fields may also be separated by commas, semicolons or tabs. Lines starting with # are skipped. Only services that take just a link and a quantity can be mass-ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="321"/>
        <source>Load them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="324"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="378"/>
        <source>%v of %m sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="383"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="389"/>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="444"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="433"/>
        <source>Place 1 remaining order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="435"/>
        <source>Place %n remaining orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="438"/>
        <source>Place 1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="438"/>
        <source>Place %n orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="441"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="458"/>
        <source>1 valid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="460"/>
        <source>%n valid lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="462"/>
        <source>%n with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="465"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="468"/>
        <source>balance not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="470"/>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="472"/>
        <source>the total is more than the balance: add funds or remove lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="481"/>
        <source>The text changed: press Check before placing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="493"/>
        <source>The service list is not loaded yet; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="498"/>
        <source>A mass order takes at most %1 lines; split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="517"/>
        <source>Paste one order per line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="543"/>
        <source>Place mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="545"/>
        <source>Place 1 order for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="547"/>
        <source>Place %n orders for %1 in total?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="550"/>
        <source>They are sent one at a time. Cancel stops after the line being sent. Lines with problems are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="564"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="568"/>
        <source>Placing orders one at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="613"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="636"/>
        <source>order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="638"/>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="671"/>
        <source>unconfirmed: it may have been placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="650"/>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="673"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="653"/>
        <source>Sent by another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="668"/>
        <source>⚠ Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="677"/>
        <source>The mass order stopped because of an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="679"/>
        <source>Mass order stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="691"/>
        <source>%n placed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="693"/>
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="695"/>
        <source>%n unconfirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="698"/>
        <source>1 line not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="700"/>
        <source>%n lines not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="703"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="705"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="707"/>
        <source>Stopped: the panel refused the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="709"/>
        <source>Stopped: the panel says the balance is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="712"/>
        <source>Stopped: several lines in a row got no usable answer from the panel; check the unconfirmed orders before sending the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="729"/>
        <source>Stopping after the line being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="741"/>
        <source>Stop the mass order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="743"/>
        <source>The line being sent finishes; the remaining lines are not sent. The window closes when the line is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="746"/>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="764"/>
        <source>1 line of an earlier mass order was never sent: SMMDesk stopped during that run. Load it to check and place it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="769"/>
        <source>%n lines of an earlier mass order were never sent: SMMDesk stopped during that run. Load them to check and place them again, or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassOrderModel</name>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="121"/>
        <source>Line</source>
        <extracomment>Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="122"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="123"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="124"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="125"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="126"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/mass_order_dialog.py" line="127"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="120"/>
        <source>Refresh Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="123"/>
        <source>Ask the panel for the current status of the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="126"/>
        <location filename="../../smmdesk/gui/order_actions.py" line="453"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="129"/>
        <source>Ask the panel to refill the selected orders (where the service allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="132"/>
        <source>Cancel Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="135"/>
        <source>Ask the panel to cancel the selected orders (where the service allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="138"/>
        <source>Refill Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="141"/>
        <source>Ask the panel how the selected orders&apos; refills are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="144"/>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="146"/>
        <source>Copy Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="148"/>
        <source>Open Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="151"/>
        <source>Order Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="154"/>
        <source>Open the order form with this order&apos;s service and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="157"/>
        <source>Check Unknown Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="160"/>
        <source>Settle an order whose outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="163"/>
        <source>Export Selected to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="166"/>
        <source>Export Shown Orders to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="169"/>
        <source>Every order the filters show, in the table&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="172"/>
        <source>Add Order IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="175"/>
        <source>Track orders placed elsewhere, by their ids on the current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="292"/>
        <source>panel #%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="297"/>
        <source>no API key is available for the panel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="318"/>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="319"/>
        <source>SMMDesk cannot reach these orders&apos; panel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="371"/>
        <source>Refreshing 1 order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="371"/>
        <source>Refreshing %1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="382"/>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="383"/>
        <source>The status could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="389"/>
        <source>Status refreshed: 1 order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="390"/>
        <source>Status refreshed: %1 orders changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="419"/>
        <source>Refill status failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="420"/>
        <source>The refill status could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="426"/>
        <source>Refill status refreshed: 1 refill changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="427"/>
        <source>Refill status refreshed: %1 refills changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="449"/>
        <source>Requesting refills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="466"/>
        <source>Cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="469"/>
        <source>Ask the panel to cancel this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="470"/>
        <source>Ask the panel to cancel %1 orders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="473"/>
        <source>The panel decides whether an order can still be canceled and refunds what was not delivered. The request is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="476"/>
        <source>Request Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="498"/>
        <source>Requesting cancellation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="502"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="513"/>
        <source>%n accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="514"/>
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="515"/>
        <source>%n unconfirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="516"/>
        <source>%n not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/order_actions.py" line="517"/>
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="540"/>
        <source>Copied 1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="540"/>
        <source>Copied %1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="548"/>
        <source>Copied 1 order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="548"/>
        <source>Copied %1 order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="558"/>
        <source>Open links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="559"/>
        <source>Open %1 links in the browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="560"/>
        <source>Open All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="591"/>
        <source>Export Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="591"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="607"/>
        <source>Exported 1 order to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="608"/>
        <source>Exported %1 orders to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="616"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="617"/>
        <source>The orders could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="640"/>
        <source>Imported 1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_actions.py" line="640"/>
        <source>Imported %1 orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="92"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="93"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="94"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="95"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="96"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="97"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="98"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="99"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="115"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="115"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="115"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="135"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="119"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="125"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="249"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="130"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="135"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="135"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="281"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="135"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="273"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="138"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="361"/>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="143"/>
        <source>Your own note about this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="147"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="152"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="174"/>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="176"/>
        <source>Choose an order in the table to see its full history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="206"/>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="208"/>
        <source>Order #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="210"/>
        <source>Local order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="229"/>
        <source>estimate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="233"/>
        <source>start count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="235"/>
        <source>%1 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="238"/>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="241"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="248"/>
        <source>balance before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="251"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="253"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="253"/>
        <source>as order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="255"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="257"/>
        <source>No usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="259"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="263"/>
        <source>placed as #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="265"/>
        <location filename="../../smmdesk/gui/order_detail.py" line="296"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="266"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="270"/>
        <source>remains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="272"/>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="275"/>
        <source>Panel error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="277"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="277"/>
        <source>tracked by id #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="283"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="285"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="285"/>
        <source>%1 (balance %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="292"/>
        <source>request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="293"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="294"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="295"/>
        <source>no usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="302"/>
        <source>refill #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_detail.py" line="323"/>
        <source>This order was placed elsewhere and imported by its id; SMMDesk did not send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="181"/>
        <location filename="../../smmdesk/gui/order_form.py" line="657"/>
        <location filename="../../smmdesk/gui/order_form.py" line="747"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="208"/>
        <source>Reconcile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="227"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="272"/>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="275"/>
        <location filename="../../smmdesk/gui/order_form.py" line="484"/>
        <source>min %1 · max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="280"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="301"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="320"/>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="422"/>
        <source>No service selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="424"/>
        <source>Choose a service in the catalogue to place an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="442"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="446"/>
        <source>Deliver the quantity several times, with a pause between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="478"/>
        <source>%1 per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="480"/>
        <source>%1 per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="483"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="575"/>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="578"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="581"/>
        <source>%1 = quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="604"/>
        <source>Cost: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="610"/>
        <source>Cost ≈ up to %1 per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="612"/>
        <source>Cost ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="621"/>
        <source>Balance after ≈ %1 — not enough funds on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="625"/>
        <source>Balance after ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="631"/>
        <source>Choose a service in the catalogue to place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="633"/>
        <source>Open a panel to place orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="635"/>
        <source>Placing the order… wait for the panel&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="643"/>
        <source>%1 to place the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="646"/>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="649"/>
        <source>The price of this service is unknown, so it cannot be ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="657"/>
        <source>Placing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="697"/>
        <source>Another order is still being sent; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="710"/>
        <source>Service %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="720"/>
        <source>%1 (%2), %3 lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="729"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="732"/>
        <source>Quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="737"/>
        <source>Cost: up to %1 per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="739"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="743"/>
        <source>The last known balance (%1) is lower than the cost: the panel will probably refuse this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="746"/>
        <source>Place this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="750"/>
        <source>The last order&apos;s outcome is unknown. Place anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="753"/>
        <source>This is the same order: if the last one went through, placing it again pays twice. Reconcile it first unless you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="757"/>
        <source>The last order is unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="758"/>
        <source>Place anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="791"/>
        <source>Order %1 placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="821"/>
        <source>Not enough funds on the panel balance (cost %1, balance %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="826"/>
        <source>Not enough funds on the panel balance (cost %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="829"/>
        <source>Add funds on the panel, then place the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="833"/>
        <source>The panel did not accept the link. Check that it is the full, public link the service asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="837"/>
        <source>The panel already has an active order for this link. Wait until it completes, or use another link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="840"/>
        <source>The panel did not accept the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="842"/>
        <source>The panel no longer knows this service. Refresh the catalogue and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="846"/>
        <source>This service is disabled on the panel right now. Choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="849"/>
        <source>The panel refused the API key. Check it in the panel settings (copy it again from the panel&apos;s API page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="853"/>
        <source>Not sent: the panel could not be reached, so no order was placed and no money was spent. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="860"/>
        <source>The panel said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="861"/>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="869"/>
        <location filename="../../smmdesk/gui/order_form.py" line="895"/>
        <source>Outcome unknown — check before retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="871"/>
        <source>The order was sent but no usable answer came back, so it may have been placed and paid for. Use Reconcile to compare the balance and settle it before placing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="885"/>
        <source>Not sent: SMMDesk could not record the order on disk, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="897"/>
        <source>SMMDesk failed while sending (%1). Check the orders list: the order shows as unconfirmed if it may have been placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="918"/>
        <source>Settled: the order was placed as order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/order_form.py" line="922"/>
        <source>Settled: the order was not placed. You can place it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="246"/>
        <source>Orders</source>
        <extracomment>newest orders shown at once, on the GUI thread, while the rest loads on a worker</extracomment>
        <translation type="unfinished">الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="257"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="288"/>
        <source>Search link, service or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="294"/>
        <source>Show orders with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="299"/>
        <source>Show orders of one panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="300"/>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="303"/>
        <source>Show orders of one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="304"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="307"/>
        <source>Show orders placed in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="309"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="310"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="311"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="312"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="313"/>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="321"/>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="322"/>
        <source>To this day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="416"/>
        <source>Orders could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="551"/>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="553"/>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="553"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="556"/>
        <source>%1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders_view.py" line="559"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelListModel</name>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="125"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="126"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="127"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="128"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="140"/>
        <source>{name} (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="143"/>
        <source>Built-in demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="155"/>
        <source>No secure keyring is available: the key is forgotten when SMMDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="158"/>
        <source>No key is stored for this panel: use Edit to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelSession</name>
    <message>
        <location filename="../../smmdesk/gui/session.py" line="117"/>
        <source>Updating catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/session.py" line="146"/>
        <source>Catalogue update failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/session.py" line="151"/>
        <source>Catalogue not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/session.py" line="154"/>
        <source>Catalogue updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/session.py" line="155"/>
        <source>Catalogue updated %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelSwitcher</name>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="360"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="361"/>
        <source>Switch panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="75"/>
        <source>keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="76"/>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="77"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="78"/>
        <source>not needed (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="181"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="187"/>
        <source>Panel profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="206"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="207"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="208"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="209"/>
        <source>Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="220"/>
        <source>No panels yet. Add one with the API URL and key from your panel&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="257"/>
        <source>The demo panel has nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="315"/>
        <source>You can add the demo panel again from the welcome screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="318"/>
        <source>Its API key is deleted from the keyring. Orders placed through it stay in your order history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="323"/>
        <location filename="../../smmdesk/gui/panels.py" line="335"/>
        <source>Remove panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="324"/>
        <source>Remove the panel “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="326"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels.py" line="336"/>
        <source>The panel could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="318"/>
        <source>Orders checked at %1</source>
        <extracomment>PanelClient options for polling: read-only calls, so the client&apos;s own retries are fine; modest timeouts; a Retry-After longer than ``max_wait`` goes to the Backoff instead. local ids per sig_orders_changed: a cycle that changed 10,000 orders reaches the view in slices, with the event loop running between them how long the ending thread waits for HTTP helper threads whose sockets abort() cut QSettings key of the interval, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="321"/>
        <source>The panel asked to slow down; next check in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="324"/>
        <source>The panel is unreachable (%1); trying again every %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="330"/>
        <source>Could not record the panel&apos;s answer (%1); next try in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="335"/>
        <source>Could not check orders (%1); next try in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="77"/>
        <source>Database from a newer SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="79"/>
        <source>Install the newer SMMDesk again; this file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="85"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="88"/>
        <source>SMMDesk can move the damaged file aside (it is kept, renamed) and start with an empty database. Your panels&apos; own order history is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="91"/>
        <source>Move it aside and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="97"/>
        <source>Damaged database moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="98"/>
        <source>The damaged file was kept as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="66"/>
        <source>Check an unconfirmed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="80"/>
        <source>SMMDesk sent this order but did not get a usable answer, so it does not know whether the panel placed it. Settle it here before placing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="88"/>
        <source>What is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="97"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="98"/>
        <source>Sent at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="99"/>
        <source>What was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="100"/>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="101"/>
        <source>What went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="104"/>
        <source>Balance evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="106"/>
        <source>Checking the balance with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="118"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="121"/>
        <source>It was placed — order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="123"/>
        <source>e.g. 23501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="127"/>
        <source>Mark as placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="133"/>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="305"/>
        <source>It was not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="136"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="181"/>
        <source>%1 for quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="186"/>
        <source>No answer from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="201"/>
        <source>The balance suggests it WAS placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="202"/>
        <source>The balance suggests it was NOT placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="203"/>
        <source>The balance cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="210"/>
        <source>Balance before: %1 · now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="216"/>
        <source>The balance could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="222"/>
        <source>This order is already settled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="245"/>
        <source>Enter the order number the panel shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="249"/>
        <source>Checking order %1 with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="270"/>
        <source>Could not check the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="272"/>
        <source>SMMDesk could not ask the panel about order %1 (%2). Record it as placed without checking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="277"/>
        <source>Record without checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="282"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="300"/>
        <source>Record as not placed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/reconcile_dialog.py" line="302"/>
        <source>The balance suggests this order WAS placed. Record it as not placed anyway? Placing it again could pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="199"/>
        <source>Select a service to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="222"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="223"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="224"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="225"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="226"/>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="231"/>
        <source>The panel gives no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="270"/>
        <source>%1 (order form: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="275"/>
        <source>%1 per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="277"/>
        <source>%1 per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="284"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="284"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="288"/>
        <source>Drip-feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="289"/>
        <source>Refill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/service_details.py" line="290"/>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="190"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="192"/>
        <source>Rate per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="193"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="194"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="195"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="196"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="199"/>
        <source>Service ID on the panel. Double-click it to star or unstar (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="201"/>
        <source>Price per 1000 units, in the panel&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="202"/>
        <source>Smallest quantity you can order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="203"/>
        <source>Largest quantity you can order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="204"/>
        <source>Drip-feed, refill and cancel support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="205"/>
        <source>Service type: decides which order form is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="255"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="458"/>
        <source>★ In your favourites. Double-click or press Ctrl+D to unstar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="459"/>
        <source>Double-click or press Ctrl+D to add to your favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog_model.py" line="467"/>
        <source>No drip-feed, refill or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="58"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="86"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="91"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="94"/>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="101"/>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="309"/>
        <source>The new language is used after SMMDesk restarts.</source>
        <translation>تُستخدم اللغة الجديدة بعد إعادة تشغيل SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="109"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="112"/>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="116"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="117"/>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="118"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="119"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="120"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="124"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="128"/>
        <source>Status check interval in seconds</source>
        <translation>الفاصل بين عمليات فحص الحالة بالثواني</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="130"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="132"/>
        <source>How often the status of active orders and the balance are fetched.</source>
        <translation>عدد مرات جلب حالة الطلبات النشطة والرصيد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="135"/>
        <source>Check order &amp;status every:</source>
        <translation>افحص حالة الطلبات &amp;كل:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="141"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="145"/>
        <source>Low-balance warning level</source>
        <translation>حدّ التنبيه لانخفاض الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="146"/>
        <source>No warning</source>
        <translation>بلا تنبيه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="149"/>
        <source>Warn when the balance is &amp;below:</source>
        <translation>نبّهني عندما يقل الرصيد &amp;عن:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="160"/>
        <source>Completed orders</source>
        <translation>الطلبات المكتملة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="161"/>
        <source>Partially completed orders</source>
        <translation>الطلبات المكتملة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="162"/>
        <source>Canceled orders</source>
        <translation>الطلبات الملغاة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="163"/>
        <source>Failed orders</source>
        <translation>الطلبات الفاشلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="164"/>
        <source>Low balance</source>
        <translation>انخفاض الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="171"/>
        <source>Notify: %1</source>
        <translation>إشعار: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="174"/>
        <source>Notify me about:</source>
        <translation>أشعرني بـ:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="271"/>
        <source>As the language writes them (%1)</source>
        <translation>كما تكتبها اللغة (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="272"/>
        <source>Western digits (%1)</source>
        <translation>أرقام غربية (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="288"/>
        <source>Enter an amount such as %1, or leave it empty for no warning.</source>
        <translation>أدخل مبلغًا مثل %1، أو اتركه فارغًا لإيقاف التنبيه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="308"/>
        <source>Restart SMMDesk?</source>
        <translation>هل تريد إعادة تشغيل SMMDesk؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="310"/>
        <source>Open windows close; orders keep being tracked after the restart.</source>
        <translation>ستُغلق النوافذ المفتوحة، وتستمر متابعة الطلبات بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="311"/>
        <source>Restart now</source>
        <translation>أعد التشغيل الآن</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="49"/>
        <source>Low-balance warning</source>
        <extracomment>notification kinds, each mutable in the settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="50"/>
        <source>Warn when a panel&apos;s balance drops below (0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="86"/>
        <source>Show SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="154"/>
        <source>%n orders finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="172"/>
        <location filename="../../smmdesk/gui/tray.py" line="284"/>
        <source>Low balance</source>
        <translation type="unfinished">انخفاض الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="173"/>
        <source>%1: the balance is %2, under your warning level of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="185"/>
        <source>1 active order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="187"/>
        <source>%n active orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="204"/>
        <source>Notifications</source>
        <translation type="unfinished">الإشعارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="213"/>
        <source>Low-balance level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="250"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="269"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="276"/>
        <source>Panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="280"/>
        <source>Order completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="281"/>
        <source>Order partially completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="282"/>
        <source>Order canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="283"/>
        <source>Order failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="293"/>
        <source>%n orders completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="294"/>
        <source>%n orders partially completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="295"/>
        <source>%n orders canceled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="296"/>
        <source>%n orders failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="301"/>
        <source>%n completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="302"/>
        <source>%n partially completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="303"/>
        <source>%n canceled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="304"/>
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="91"/>
        <source>Welcome to SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="100"/>
        <source>Browse your SMM panel&apos;s services, place orders and follow them from one fast desktop window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="112"/>
        <source>Try the demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="113"/>
        <source>A built-in practice panel with demo money — no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="117"/>
        <source>Connect a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="118"/>
        <source>Use the API key from your panel&apos;s API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/welcome.py" line="124"/>
        <source>Your API key is stored only in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="133"/>
        <source>SMMDesk is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="134"/>
        <source>SMMDesk is already open with this data folder:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="344"/>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="349"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/poller.py" line="350"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="166"/>
        <source>Orders with an unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/app.py" line="168"/>
        <source>SMMDesk was closed while %n order(s) were being sent. They may or may not have been placed: check them in the orders list before placing them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
