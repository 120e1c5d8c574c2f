<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllPanels</name>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="82"/>
        <source>Updating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="82"/>
        <location filename="../../smmdesk/gui/all_panels.py" line="87"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="86"/>
        <source>Could not be updated (tried again later): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllPanelsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="159"/>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="249"/>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="163"/>
        <source>Search the services of every panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="164"/>
        <source>Search all panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="169"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="174"/>
        <source>Services of every panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="196"/>
        <source>&amp;Order on this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="198"/>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="200"/>
        <source>&amp;Update all catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="209"/>
        <source>&amp;Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="277"/>
        <source>%Ln services</source>
        <translation type="unfinished">
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="278"/>
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="279"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllPanelsModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="67"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="68"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="70"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="71"/>
        <source>Rate per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="72"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="73"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="74"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="85"/>
        <source>The database %1 was written by a newer version of SMMDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="89"/>
        <source>The database %1 is damaged or is not an SMMDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="102"/>
        <source>Database from a newer SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="104"/>
        <source>Install the newer SMMDesk again; this file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="112"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="114"/>
        <source>SMMDesk can move the damaged file aside (it is kept, renamed) and start with an empty database. Your panels&apos; own order history is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="119"/>
        <source>Move it aside and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="125"/>
        <source>Damaged database moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="126"/>
        <source>The damaged file was kept as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="251"/>
        <source>SMMDesk is already running</source>
        <extracomment>how long after the first paint the collector settles: once the start-up work queued behind that frame (keys, poller, network) has run, so the window is usable first (the collection takes ~25 ms with 5 cached catalogues) and the pause falls in idle time the interpreter&apos;s thread switch interval while starting: the work queued behind the first frame imports the HTTP stack and the keyring on workers, and at Python&apos;s default (5 ms) each Qt call of the GUI thread that hands the GIL back may wait that long to get it again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="252"/>
        <source>SMMDesk is already open with this data folder:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceWords</name>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="27"/>
        <source>Not enough history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="29"/>
        <source>No spending in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="32"/>
        <source>Runs out within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="34"/>
        <source>Runs out in about a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/balances.py" line="36"/>
        <source>Runs out in about %Ln days</source>
        <translation>
            <numerusform>Runs out in about %Ln day</numerusform>
            <numerusform>Runs out in about %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="45"/>
        <source>No low-balance warning for this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="47"/>
        <source>A level you set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="48"/>
        <source>Automatic: about 3 days of recent spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="55"/>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="57"/>
        <source>%1: the balance is %2, under the warning level of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancesWindow</name>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="56"/>
        <location filename="../../smmdesk/gui/money/view.py" line="75"/>
        <source>Balances</source>
        <extracomment>column ids, in order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="62"/>
        <source>The last balance read from each panel. Spending counts the charges of orders placed here; canceled orders count nothing, and orders whose outcome is unknown are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="99"/>
        <source>&amp;Read Balances Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="100"/>
        <source>Ask every connected panel for its balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="101"/>
        <source>Read balances now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="117"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="118"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="119"/>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="120"/>
        <source>Spent, 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="121"/>
        <source>Spent, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="122"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="123"/>
        <source>Warn below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="185"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="188"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/view.py" line="210"/>
        <source>%Ln orders with an unknown outcome are not counted</source>
        <translation>
            <numerusform>%Ln order with an unknown outcome is not counted</numerusform>
            <numerusform>%Ln orders with an unknown outcome are not counted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="225"/>
        <source>Under the warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/view.py" line="238"/>
        <source>Total in %1: %2 (%Ln panels)</source>
        <translation>
            <numerusform>Total in %1: %2 (%Ln panel)</numerusform>
            <numerusform>Total in %1: %2 (%Ln panels)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="249"/>
        <source>%1 (no currency named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="254"/>
        <source>Not in the total, without an exchange rate: %1. Add the rates in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="255"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="19"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="20"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="21"/>
        <source>Rate up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="22"/>
        <source>Rate down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="23"/>
        <source>Min/max changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="26"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="27"/>
        <source>Type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="28"/>
        <source>Id reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="43"/>
        <source>%1 – %2</source>
        <extracomment>how many service names a notification lists before &quot;and N more&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="65"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="70"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="73"/>
        <source>%1 and %Ln more</source>
        <translation type="unfinished">%1 and %Ln more</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="86"/>
        <source>%1: a watched service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="88"/>
        <source>%1: %Ln watched services changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="95"/>
        <source>Rate up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="101"/>
        <source>No longer offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPane</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="74"/>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="76"/>
        <source>Search services: name, category or ID  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="38"/>
        <source>Show one service type only</source>
        <extracomment>Alt letters the rest of the window takes (see give_mnemonics)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="45"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="51"/>
        <source>Show only services that support these features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="58"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="59"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="71"/>
        <source>★ Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="74"/>
        <source>Show only the services you starred (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="80"/>
        <source>Order of services inside each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="84"/>
        <source>Catalogue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="85"/>
        <source>Rate: low → high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="86"/>
        <source>Rate: high → low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="87"/>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/notice.py" line="30"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/notice.py" line="32"/>
        <source>Ask the panel for its service list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="105"/>
        <source>Services by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="121"/>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="269"/>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="269"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="273"/>
        <source>Copy service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="275"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="278"/>
        <source>Compare across panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="281"/>
        <source>Collapse all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="159"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="162"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="165"/>
        <source>Any features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="376"/>
        <source>No catalogue loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/pane.py" line="380"/>
        <source>%Ln services</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/pane.py" line="381"/>
        <source>%Ln categories</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="382"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="384"/>
        <source>No favourites yet: select a service and press Ctrl+D to star it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="388"/>
        <source>No services match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="390"/>
        <source>No services match these filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="122"/>
        <source>When</source>
        <extracomment>rows read at most (the newest): reading and sorting them stays well under a frame budget of the GUI thread&apos;s patience (~40 ms), whatever the history holds columns, in order: when, panel, service id, service name, change, before, after the kinds that cost the user (red) or save them money (green); the words say it too kinds whose before / after are numbers (aligned as numbers are)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="123"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="124"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="125"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="126"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="127"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="128"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="149"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="189"/>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="197"/>
        <source>Catalogue changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="228"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="230"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="232"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="233"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="234"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="235"/>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="243"/>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="244"/>
        <source>To this day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="252"/>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="253"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="254"/>
        <source>Rate up or gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="257"/>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="261"/>
        <source>&amp;Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="262"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="270"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="285"/>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="344"/>
        <source>No changes for this choice. A panel&apos;s changes are recorded from its second catalogue refresh on: the first one is what later ones are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="359"/>
        <source>The catalogue history could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="366"/>
        <source>The newest %1 changes: narrow the period to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/changes.py" line="371"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="38"/>
        <source>The quantity is outside its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="45"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="47"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="49"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="56"/>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="59"/>
        <source>Not enough orders (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="68"/>
        <source>Cheapest that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="73"/>
        <source>The selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="79"/>
        <source>Compared as: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="87"/>
        <source>SMMDesk cannot tell what this service is, so it compares it with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="275"/>
        <source>Compare across panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="284"/>
        <source>Same &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="285"/>
        <source>&amp;Refill at least as long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="286"/>
        <source>&amp;Non-drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="289"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="290"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="300"/>
        <source>&amp;Order here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="322"/>
        <source>The same service on every panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="357"/>
        <source>Only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="362"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="385"/>
        <source>Service %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="395"/>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/compare.py" line="439"/>
        <source>%Ln equivalent services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="474"/>
        <source>No service here can be ranked as the cheapest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="477"/>
        <source>Cheapest that fits: %1, service %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="76"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="77"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="79"/>
        <source>Rate per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="80"/>
        <source>Panel&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="81"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="82"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="83"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="85"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="86"/>
        <source>Your median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="193"/>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/compare.py" line="195"/>
        <source>%Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="196"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="196"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../smmdesk/gui/compare.py" line="213"/>
        <source>Reading every panel&apos;s catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/compare.py" line="216"/>
        <source>Updating: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="91"/>
        <source>Enter the panel&apos;s API URL (it is shown on the panel&apos;s API page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="96"/>
        <source>This does not look like a web address. Example: https://example.com/api/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="102"/>
        <source>The URL contains the API key or an action. Enter the address without them (the key goes in its own field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="163"/>
        <source>The panel refused this API key. Copy it again from the panel&apos;s API page (it may have been regenerated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="169"/>
        <source>The panel&apos;s firewall (Cloudflare or similar) answered instead of the API. Try again later, or set a browser User-Agent under Advanced — some panels block programs that do not look like a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="186"/>
        <source>The panel URL redirects to another address: {target}. Use that address as the panel URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="193"/>
        <source>This address answered with a web page, not the panel API — check the URL (usually ends in /api/v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="198"/>
        <source>The panel&apos;s answer could not be read as the panel API. Check the URL (usually ends in /api/v2); the panel may also be under maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="253"/>
        <source>The panel asks to slow down (too many requests). Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="207"/>
        <source>The secure connection failed (certificate) with {host}. Check the address; if your network inspects traffic, ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="213"/>
        <source>Could not reach {host}: no server has this name. Check the spelling of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="218"/>
        <source>Could not reach {host}: it did not answer within a few seconds. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="224"/>
        <source>Could not reach {host}. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="233"/>
        <source>The panel at {host} took too long to answer. It may be overloaded — try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="239"/>
        <source>The panel&apos;s server had an error. It may be under maintenance — try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="244"/>
        <source>The connection to {host} broke before the panel answered. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="258"/>
        <source>The panel answered with an error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="263"/>
        <source>Unexpected error while checking the panel ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="20"/>
        <source>Demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="27"/>
        <source>Demo panel B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="28"/>
        <source>Demo panel C (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="69"/>
        <source>Edit panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="71"/>
        <source>Connect a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="78"/>
        <source>Enter the API URL and the API key shown on your panel&apos;s API page. SMMDesk checks them with the panel before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="97"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="100"/>
        <source>A name you will recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="103"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="114"/>
        <source>This panel URL is not encrypted (http). Your API key would be sent in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="123"/>
        <source>Send my key unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="126"/>
        <source>Anyone on the network path could read the key. Prefer an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="133"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="155"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="164"/>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="167"/>
        <source>SMMDesk&apos;s own (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="172"/>
        <source>Some panels&apos; firewalls block programs that do not look like a web browser. If the check reports a firewall page, paste your browser&apos;s User-Agent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="187"/>
        <source>&amp;User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="190"/>
        <source>&amp;Known panels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="192"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="193"/>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="194"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="89"/>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="239"/>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="391"/>
        <source>Check &amp;&amp; save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="292"/>
        <source>•••••• (stored in the keyring — leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="298"/>
        <source>No key is stored: paste it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="283"/>
        <source>Paste the key from the panel&apos;s API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="66"/>
        <source>API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="229"/>
        <source>Checking the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="335"/>
        <source>Hide API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="337"/>
        <source>Show API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="379"/>
        <source>The demo panel runs inside SMMDesk on this computer: it needs no key and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="386"/>
        <source>Open the demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="89"/>
        <source>Checking…</source>
        <extracomment>short on purpose: the user is waiting for this one answer one retry rides out a hiccup; more would keep the user waiting on a wrong address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="108"/>
        <source>The address now points to another server: enter its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="115"/>
        <source>Enter the API key from the panel&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="148"/>
        <source>This address is not encrypted (http://): your key would travel in clear text. Use the https:// address, or tick “Send my key unencrypted”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="170"/>
        <source>Checking the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="214"/>
        <source>The panel answered, but the profile could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="229"/>
        <source>Saving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="241"/>
        <source>API key not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="259"/>
        <source>The system keyring did not take the key (it is locked or not answering): the key is kept for this session only and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="264"/>
        <source>No secure keyring is available on this system: the key is kept for this session only and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="44"/>
        <source>Built-in demo panel</source>
        <extracomment>smmpans.com&apos;s API URL, exactly as that panel&apos;s API documentation gives it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="102"/>
        <source>Enter the API URL: your key is sent only to that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="106"/>
        <source>Your key will be sent to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="114"/>
        <source>SMMDesk needs this panel&apos;s API key. There is no secure keyring on this system, so the key cannot be remembered: it is kept for this session only, and you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="120"/>
        <source>SMMDesk could not read this panel&apos;s API key: the system keyring is locked (its unlock request was dismissed or failed). Enter the key to go on; it is saved in the keyring if the keyring opens, otherwise kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="126"/>
        <source>SMMDesk could not read this panel&apos;s API key: the system keyring did not answer. Enter the key to go on; it is saved in the keyring if it works again, otherwise kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="135"/>
        <source>The system keyring holds no API key for this panel: the saved key was deleted, or it was kept only for an earlier session. Enter the key from the panel&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="19"/>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="26"/>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="30"/>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="37"/>
        <source>about %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="41"/>
        <source>about %1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="53"/>
        <source>not enough orders yet (%1 of %2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="63"/>
        <source>No orders of this service yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="65"/>
        <source>Orders: %1 (%2 still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="69"/>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="75"/>
        <source>Outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="81"/>
        <source>Completed %1 · partial %2 · cancelled %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="88"/>
        <source>Time to complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="94"/>
        <source>Time to complete: usually %1; %3 within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="102"/>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="108"/>
        <source>Started within an hour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="117"/>
        <source>No change since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="121"/>
        <source>Usual time unknown (too few completed orders); stuck after %1 without change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="127"/>
        <source>%3 of this service&apos;s orders complete within %1; stuck after %2 without change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="135"/>
        <source>You may want to ask the panel about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="141"/>
        <source>%1 · stuck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOrdersDialog</name>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="52"/>
        <source>Add Order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="58"/>
        <source>Track orders placed elsewhere (on the panel&apos;s website or another device). Paste their order IDs from “%1”, separated by spaces, commas or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="86"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="107"/>
        <source>1 order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="107"/>
        <source>%Ln order IDs</source>
        <translation>
            <numerusform>%Ln order ID</numerusform>
            <numerusform>%Ln order IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="110"/>
        <source>%Ln given twice</source>
        <translation>
            <numerusform>%Ln given twice</numerusform>
            <numerusform>%Ln given twice</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="68"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="112"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="166"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="196"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="127"/>
        <source>Checking %Ln order IDs with the panel…</source>
        <translation>
            <numerusform>Checking %Ln order ID with the panel…</numerusform>
            <numerusform>Checking %Ln order IDs with the panel…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="151"/>
        <source>%Ln orders imported.</source>
        <translation>
            <numerusform>%Ln order imported.</numerusform>
            <numerusform>%Ln orders imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="183"/>
        <source>%1 was not added: the panel answered “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="113"/>
        <source>not order IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="73"/>
        <source>Order IDs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="82"/>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="125"/>
        <source>Checking 1 order ID with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="149"/>
        <source>1 order imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="171"/>
        <source>Imported and now tracked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="177"/>
        <source>Already tracked, not added again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="189"/>
        <source>%1 was not added: the panel&apos;s answer did not mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="194"/>
        <source>Given more than once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="197"/>
        <source>Not order IDs, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="200"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="202"/>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedDrafts</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="33"/>
        <source>Load them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="36"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="56"/>
        <source>1 line of an earlier mass order was never sent: SMMDesk stopped during that run. Load it to check and place it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="61"/>
        <source>%Ln lines of an earlier mass order were never sent: SMMDesk stopped during that run. Load them to check and place them again, or discard them.</source>
        <translation type="unfinished">
            <numerusform>%Ln line of an earlier mass order was never sent: SMMDesk stopped during that run. Load it to check and place it again, or discard it.</numerusform>
            <numerusform>%Ln lines of an earlier mass order were never sent: SMMDesk stopped during that run. Load them to check and place them again, or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="13"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="14"/>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="15"/>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="16"/>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="17"/>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="18"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="19"/>
        <source>Spotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="20"/>
        <source>SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="21"/>
        <source>Twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="22"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="23"/>
        <source>Pinterest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="24"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="25"/>
        <source>Snapchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="26"/>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="27"/>
        <source>Kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="28"/>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="29"/>
        <source>Quora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="30"/>
        <source>Vimeo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="31"/>
        <source>Tumblr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="32"/>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="33"/>
        <source>Website traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="34"/>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="35"/>
        <source>Apple Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="36"/>
        <source>Deezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="37"/>
        <source>Audiomack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="38"/>
        <source>Podcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="39"/>
        <source>IMDb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="40"/>
        <source>VK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="41"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="42"/>
        <source>Trustpilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="43"/>
        <source>Shazam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="44"/>
        <source>Tidal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="45"/>
        <source>Dailymotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="46"/>
        <source>Rumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="47"/>
        <source>Kwai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="48"/>
        <source>Likee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="51"/>
        <source>Platform not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="58"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="59"/>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="60"/>
        <source>Page likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="61"/>
        <source>Comment likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="62"/>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="63"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="64"/>
        <source>Story views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="65"/>
        <source>Live viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="66"/>
        <source>Watch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="67"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="68"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="69"/>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="70"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="71"/>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="72"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="73"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="74"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="75"/>
        <source>Profile visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="76"/>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="77"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="78"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="79"/>
        <source>Upvotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="80"/>
        <source>Downvotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="81"/>
        <source>Reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="82"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="83"/>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="84"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="85"/>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="86"/>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="87"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="88"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="89"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="92"/>
        <source>Product not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownPanelsBox</name>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="57"/>
        <source>Known panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="58"/>
        <source>Pick a known panel, or type the URL below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../../smmdesk/gui/widgets/announce.py" line="60"/>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="220"/>
        <location filename="../../smmdesk/gui/smoke.py" line="158"/>
        <source>&amp;Quit</source>
        <extracomment>a window not painted by then (started minimised, hidden) goes online all the same</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="224"/>
        <source>&amp;Connect a Panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="227"/>
        <source>Add a panel with its API URL and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="230"/>
        <source>&amp;Manage Panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="233"/>
        <source>Add, edit, remove or switch panel profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="235"/>
        <source>Open the &amp;Demo Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="237"/>
        <source>&amp;All Panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="240"/>
        <source>Search the services of every panel at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="243"/>
        <source>C&amp;ompare Across Panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="246"/>
        <source>The selected service on every panel, side by side, cheapest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="249"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="252"/>
        <source>Fetch the service catalogue and the balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="255"/>
        <source>Catalogue &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="258"/>
        <source>What changed in the panels&apos; catalogues: prices, limits, names, ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="261"/>
        <source>&amp;Find Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="268"/>
        <source>&amp;Place Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="271"/>
        <source>Place the order in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="276"/>
        <source>&amp;Mass Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="279"/>
        <source>Place many orders at once from pasted lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="281"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="286"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="291"/>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="294"/>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="296"/>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="298"/>
        <source>&amp;Spending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="301"/>
        <source>What you spent, by day, week or month, per panel, service or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="304"/>
        <source>&amp;Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="307"/>
        <source>Every panel&apos;s balance, recent spending and the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="309"/>
        <source>&amp;About SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="311"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="316"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="320"/>
        <source>&amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="330"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="333"/>
        <source>O&amp;rders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="345"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="352"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="356"/>
        <source>Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="608"/>
        <source>Catalogue updated: %1 added, %2 removed, %3 rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="657"/>
        <source>Wait for the service catalogue to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="678"/>
        <source>Unfinished mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="679"/>
        <source>A mass order was interrupted before all its lines were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="680"/>
        <source>Open the mass order window to review and send the remaining lines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="681"/>
        <source>Review lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="771"/>
        <source>Choose a service to compare first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="823"/>
        <source>Service %1 is no longer in this panel&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="22"/>
        <source>a mass order (%1 of %2 sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="27"/>
        <source>an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="28"/>
        <source>a mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="29"/>
        <source>a refill request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="30"/>
        <source>a cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="37"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="48"/>
        <source>An order is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="49"/>
        <source>SMMDesk is waiting for the panel&apos;s answer to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="52"/>
        <source>If you quit now, the order may or may not be placed; SMMDesk will mark it as unknown and ask you to check it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="57"/>
        <location filename="../../smmdesk/gui/quit_guard.py" line="72"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="58"/>
        <location filename="../../smmdesk/gui/quit_guard.py" line="73"/>
        <source>Keep SMMDesk open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="62"/>
        <source>Requests are being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="63"/>
        <source>SMMDesk is waiting for the panel&apos;s answer to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="66"/>
        <source>If you quit now, SMMDesk may not learn the panel&apos;s answer: anything left unconfirmed is marked for you to check next time, and mass-order lines not sent yet are kept for you to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="83"/>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="86"/>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="92"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="94"/>
        <source>The panel is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="97"/>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="99"/>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="102"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="115"/>
        <source>API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="119"/>
        <source>Nothing is sent to this panel until its API key is entered (Panel → Refresh asks for it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="899"/>
        <source>Orders with an unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/main_window.py" line="901"/>
        <source>SMMDesk was closed while %Ln orders were being sent. They may or may not have been placed: check them in the orders list before placing them again.</source>
        <translation>
            <numerusform>SMMDesk was closed while %Ln order was being sent. It may or may not have been placed: check it in the orders list before placing it again.</numerusform>
            <numerusform>SMMDesk was closed while %Ln orders were being sent. They may or may not have been placed: check them in the orders list before placing them again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="912"/>
        <source>About SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="914"/>
        <source>&lt;h3&gt;SMMDesk %1&lt;/h3&gt;&lt;p&gt;A fast, safe desktop client for SMM panels (API v2).&lt;/p&gt;&lt;p&gt;Your API keys are kept only in the system keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="70"/>
        <source>Lists and the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="74"/>
        <source>Fill in the order form of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="81"/>
        <source>Show the chosen order&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="86"/>
        <source>Open the menu of the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="92"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="96"/>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MassOrderDialog</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="92"/>
        <source>Mass order</source>
        <extracomment>Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="106"/>
        <source>One order per line: %1 — fields may also be separated by commas, semicolons or tabs. Lines starting with # are skipped. Only services that take just a link and a quantity can be mass-ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="138"/>
        <source>Orders to place, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="145"/>
        <source>Checked orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="155"/>
        <source>%v of %m sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="156"/>
        <source>Orders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="161"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="167"/>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="221"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="208"/>
        <source>Place 1 remaining order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="214"/>
        <source>Place 1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="218"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="364"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="367"/>
        <source>Check %1 first: since you last ordered it, the panel has given its number to another service, and it may not be what you ordered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="382"/>
        <source>Lines on a link already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="384"/>
        <source>1 line repeats the link of another line or of an order still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="387"/>
        <source>%Ln lines repeat the link of another line or of an order still in progress.</source>
        <translation>
            <numerusform>%Ln line repeats the link of another line or of an order still in progress.</numerusform>
            <numerusform>%Ln lines repeat the link of another line or of an order still in progress.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="393"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it. Flagged lines: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="395"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="396"/>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="396"/>
        <source>Place them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="397"/>
        <source>Back to the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="510"/>
        <source>Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="87"/>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="458"/>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="42"/>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="36"/>
        <source>%1 — the panel also said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="46"/>
        <source>Not sent: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="48"/>
        <source>Refused: API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="50"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="54"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="210"/>
        <source>Place %Ln remaining orders</source>
        <translation>
            <numerusform>Place %Ln remaining order</numerusform>
            <numerusform>Place %Ln remaining orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="214"/>
        <source>Place %Ln orders</source>
        <translation>
            <numerusform>Place %Ln order</numerusform>
            <numerusform>Place %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="247"/>
        <source>The text changed: press Check before placing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="260"/>
        <source>The service list is not loaded yet; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="266"/>
        <source>A mass order takes at most %1 lines; split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="288"/>
        <source>Paste one order per line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="334"/>
        <source>Place mass order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="336"/>
        <source>Place 1 order for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="338"/>
        <source>Place %Ln orders for %1 in total?</source>
        <translation>
            <numerusform>Place %Ln order for %1 in total?</numerusform>
            <numerusform>Place %Ln orders for %1 in total?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="268"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="342"/>
        <source>They are sent one at a time. Cancel stops after the line being sent. Lines with problems are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="80"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="415"/>
        <source>Placing orders one at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="83"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="264"/>
        <source>unconfirmed: it may have been placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="89"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="92"/>
        <source>Sent by another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="468"/>
        <source>The mass order stopped because of an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="470"/>
        <source>Mass order stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="492"/>
        <source>Stopping after the line being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="504"/>
        <source>Stop the mass order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="506"/>
        <source>The line being sent finishes; the remaining lines are not sent. The window closes when the line is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="509"/>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="73"/>
        <source>service ID | link | quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MassOrderModel</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="116"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="117"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="118"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="119"/>
        <source>Same link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="120"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="121"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="122"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="123"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="217"/>
        <source>Expected %1; this line has %Ln fields.</source>
        <translation>
            <numerusform>Expected %1; this line has %Ln field.</numerusform>
            <numerusform>Expected %1; this line has %Ln fields.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="222"/>
        <source>If the link or the quantity contains a comma, separate the fields with | or put that field in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="228"/>
        <source>The service id must be a number (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="234"/>
        <source>Service %1 is not in this panel&apos;s service list (refresh the list if it is new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="240"/>
        <source>Service %1 is a “%2” service: this service type needs the single-order form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="246"/>
        <source>Service %1 is sold per package: give quantity 1 or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="254"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="258"/>
        <source>Service %1 has no usable price in the service list; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="272"/>
        <source>Already sent from this window (%1); check it before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="278"/>
        <source>Same service and link as line %1: the panel refuses a second active order for the same link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="346"/>
        <source>Unconfirmed order on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="349"/>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="462"/>
        <source>Order %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="351"/>
        <source>(+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="353"/>
        <source>Same as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="365"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="367"/>
        <source>The same link as line %1, for the same kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="372"/>
        <source>Orders in progress on this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="376"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MassSummary</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="34"/>
        <source>Mass order summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="55"/>
        <source>1 valid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="57"/>
        <source>%Ln valid lines</source>
        <translation type="unfinished">
            <numerusform>%Ln valid line</numerusform>
            <numerusform>%Ln valid lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="59"/>
        <source>%Ln with problems</source>
        <translation type="unfinished">
            <numerusform>%Ln with problems</numerusform>
            <numerusform>%Ln with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="62"/>
        <source>%Ln on a link already taken</source>
        <translation>
            <numerusform>%Ln on a link already taken</numerusform>
            <numerusform>%Ln on a link already taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="63"/>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="84"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="64"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="66"/>
        <source>balance not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="68"/>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="70"/>
        <source>the total is more than the balance: add funds or remove lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="86"/>
        <source>%Ln placed</source>
        <translation type="unfinished">
            <numerusform>%Ln placed</numerusform>
            <numerusform>%Ln placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="87"/>
        <source>%Ln refused</source>
        <translation type="unfinished">
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="88"/>
        <source>%Ln unconfirmed</source>
        <translation type="unfinished">
            <numerusform>%Ln unconfirmed</numerusform>
            <numerusform>%Ln unconfirmed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="92"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="94"/>
        <source>1 line not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="96"/>
        <source>%Ln lines not sent</source>
        <translation type="unfinished">
            <numerusform>%Ln line not sent</numerusform>
            <numerusform>%Ln lines not sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="99"/>
        <source>%1 — %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="107"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="109"/>
        <source>Stopped: the panel refused the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="111"/>
        <source>Stopped: the panel says the balance is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="113"/>
        <source>Stopped: several lines in a row got no usable answer from the panel; check the unconfirmed orders before sending the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneySettings</name>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="49"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="63"/>
        <source>Your currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="65"/>
        <source>Your &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="75"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="88"/>
        <source>&amp;Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="89"/>
        <source>Add an exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="91"/>
        <source>Remo&amp;ve Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="92"/>
        <source>Remove the chosen exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="102"/>
        <source>Low-balance warning for each panel. Automatic: under about 3 days of its recent spending. An amount is in the panel&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="110"/>
        <source>Low-balance warning for each panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="165"/>
        <source>Warning for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="166"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="167"/>
        <source>Below an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="168"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="171"/>
        <source>Warning amount for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="212"/>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="216"/>
        <source>%1 has two rates: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="223"/>
        <source>The rate of %1 must be an amount above 0, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="244"/>
        <source>%1: enter the amount to warn below, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="258"/>
        <source>Enter your currency as a code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="260"/>
        <source>Exchange rates: what 1 of each currency is worth in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="266"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="267"/>
        <source>Worth in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="95"/>
        <source>Refresh Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="98"/>
        <source>Ask the panel for the current status of the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="101"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="104"/>
        <source>Ask the panel to refill the selected orders (where the service allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="107"/>
        <source>Cancel Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="110"/>
        <source>Ask the panel to cancel the selected orders (where the service allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="113"/>
        <source>Refill Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="116"/>
        <source>Ask the panel how the selected orders&apos; refills are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="119"/>
        <source>Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="122"/>
        <source>Copy the selected orders as tab-separated text, with the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="124"/>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="125"/>
        <source>Copy Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="127"/>
        <source>Open Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="130"/>
        <source>Order Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="133"/>
        <source>Open the order form with this order&apos;s service and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="136"/>
        <source>Check Unknown Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="139"/>
        <source>Settle an order whose outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="142"/>
        <source>Export Selected to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="145"/>
        <source>Export Shown Orders to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="148"/>
        <source>Every order the filters show, in the table&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="151"/>
        <source>Add Order IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="154"/>
        <source>Track orders placed elsewhere, by their ids on the current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/action_runs.py" line="91"/>
        <source>panel %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/action_runs.py" line="100"/>
        <source>no API key is available for the panel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="32"/>
        <source>Refill requested: the panel&apos;s refill %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="27"/>
        <source>Cancel requested: the panel accepted it; the order shows Canceled once the panel has done it.</source>
        <extracomment>(result, action) -&gt; the sentence; ``action`` is &quot;refill&quot; or &quot;cancel&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="53"/>
        <source>The panel refused the API key, so nothing was done. Check the API key in the panel settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="48"/>
        <source>The panel refused the refill: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="46"/>
        <source>The panel refused to cancel it: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="66"/>
        <source>Not sent: SMMDesk could not reach the panel (%1). Nothing was requested; try again when the panel answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="88"/>
        <source>Unconfirmed: the panel&apos;s answer did not mention this order, so it is not known whether the refill was requested. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="83"/>
        <source>Unconfirmed: the panel&apos;s answer did not mention this order, so it is not known whether it will be canceled. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="96"/>
        <source>Unconfirmed: the panel&apos;s answer for this order has no usable refill id, so it is not known whether the refill was requested. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="74"/>
        <source>Unconfirmed: the request was sent but no usable answer came back (%1). It was not sent again: check the order on the panel&apos;s website before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="44"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="104"/>
        <source>Unconfirmed: SMMDesk failed while sending the request, so it may have been received. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="144"/>
        <source>This order is not in the database any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="149"/>
        <source>This order belongs to another panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="152"/>
        <source>It is not known whether this order was placed: settle it first (Check…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="158"/>
        <source>This order has not been placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="161"/>
        <source>The panel has since given this order&apos;s number to a newer order: a request for it would reach that order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="168"/>
        <source>This order was never placed, so there is nothing to ask the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="112"/>
        <source>“%1” does not offer refills (the panel&apos;s service list says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="118"/>
        <source>“%1” cannot be canceled (the panel&apos;s service list says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="125"/>
        <source>This order is already %1: it cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="192"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="296"/>
        <source>Copied %Ln links</source>
        <translation>
            <numerusform>Copied %Ln link</numerusform>
            <numerusform>Copied %Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="306"/>
        <source>Copied %Ln order IDs</source>
        <translation>
            <numerusform>Copied %Ln order ID</numerusform>
            <numerusform>Copied %Ln order IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="317"/>
        <source>Open %Ln links in the browser?</source>
        <translation>
            <numerusform>Open %Ln link in the browser?</numerusform>
            <numerusform>Open %Ln links in the browser?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="380"/>
        <source>Exported 1 order to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="382"/>
        <source>Exported %Ln orders to %1</source>
        <translation>
            <numerusform>Exported %Ln order to %1</numerusform>
            <numerusform>Exported %Ln orders to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="437"/>
        <source>Imported %Ln orders</source>
        <translation>
            <numerusform>Imported %Ln order</numerusform>
            <numerusform>Imported %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="294"/>
        <source>Copied 1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="157"/>
        <source>Refills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="160"/>
        <source>Finished orders still inside their refill window, to refill many at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="286"/>
        <source>Copied 1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="286"/>
        <source>Copied %Ln orders</source>
        <translation>
            <numerusform>Copied %Ln order</numerusform>
            <numerusform>Copied %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="304"/>
        <source>Copied 1 order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="316"/>
        <source>Open links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="318"/>
        <source>Open All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="355"/>
        <source>Export Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="355"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="387"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="395"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="396"/>
        <source>The orders could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="437"/>
        <source>Imported 1 order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderConfirmDialog</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="132"/>
        <source>The last order is unconfirmed</source>
        <extracomment>a value longer than this (a long link) goes into a box that wraps anywhere lines a list box shows before it scrolls the fields shown in their own rows, before the others</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="134"/>
        <source>Is this still the service you ordered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="136"/>
        <source>This link already has an order in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="138"/>
        <source>Place order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="153"/>
        <source>Check the order before it is sent to the panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="186"/>
        <source>Place anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="186"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="188"/>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="260"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="262"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="266"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="268"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="284"/>
        <source>The last order&apos;s outcome is unknown: it may have been placed and paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="287"/>
        <source>This is the same order: if the last one went through, placing it again pays twice. Reconcile it first unless you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="298"/>
        <source>Service %1 may not be what you ordered before: when you last ordered it (%2) it was “%3”, and since then the panel has given its number to another service. Check the name and the price before placing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="304"/>
        <source>Service %1 may not be what you ordered before: since you last ordered it (%2) the panel has given its number to another service. Check the name and the price before placing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="321"/>
        <source>An order on this link is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="323"/>
        <source>%Ln orders on this link are still in progress.</source>
        <translation>
            <numerusform>%Ln order on this link is still in progress.</numerusform>
            <numerusform>%Ln orders on this link are still in progress.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="329"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it. Wait until it is done unless you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="337"/>
        <source>Orders in progress on this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="339"/>
        <source>I know: place it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="350"/>
        <source>Delay after a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="368"/>
        <source>%1 (%Ln lines)</source>
        <translation>
            <numerusform>%1 (%Ln line)</numerusform>
            <numerusform>%1 (%Ln lines)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="373"/>
        <source>No delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="374"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="383"/>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="402"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="384"/>
        <source>%1 per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="387"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="388"/>
        <source>%1 runs × %2 = %3 delivered in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="396"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="397"/>
        <source>one run every %Ln minutes</source>
        <translation>
            <numerusform>one run every minute</numerusform>
            <numerusform>one run every %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="411"/>
        <source>up to %1 per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="413"/>
        <source>%1 for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="416"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="427"/>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="444"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="428"/>
        <source>unknown: SMMDesk has not read this panel&apos;s balance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="436"/>
        <source>Balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="440"/>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="449"/>
        <source>The last known balance is lower than the cost: the panel will probably refuse this order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="132"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="137"/>
        <source>What was sent to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="139"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="111"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="143"/>
        <source>The panel&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="148"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="151"/>
        <source>Refills of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="236"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="172"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="157"/>
        <location filename="../../smmdesk/gui/orders/detail.py" line="366"/>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="162"/>
        <source>Your own note about this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="163"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="167"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="172"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="211"/>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="213"/>
        <source>Choose an order in the table to see its full history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="243"/>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="221"/>
        <source>refill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="231"/>
        <source>the panel also said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="364"/>
        <source>Refills (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="247"/>
        <source>Local order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="278"/>
        <source>estimate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="282"/>
        <source>start count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="284"/>
        <source>%1 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="288"/>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="291"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="105"/>
        <source>balance before: %1</source>
        <extracomment>(detail, the event&apos;s status) -&gt; (what happened, details)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="115"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="120"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="132"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="131"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="140"/>
        <source>No usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="91"/>
        <source>Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="92"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="93"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="94"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="95"/>
        <source>Charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="96"/>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="97"/>
        <source>Placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="98"/>
        <source>Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="122"/>
        <source>Order records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="124"/>
        <source>Order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="245"/>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="123"/>
        <source>as order %1 — the panel also said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="127"/>
        <source>as order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="146"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="155"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="209"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="157"/>
        <source>by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="158"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="165"/>
        <source>remains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="171"/>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="172"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="235"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="178"/>
        <source>Panel error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="182"/>
        <source>Checks stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="183"/>
        <source>the panel kept answering “%1”; refresh the order to check it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="190"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="196"/>
        <source>Number reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="197"/>
        <source>the panel had already given %1 to an earlier order, which is kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="268"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="272"/>
        <source>probably placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="273"/>
        <source>probably not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="274"/>
        <source>the balance cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="282"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="283"/>
        <source>%1 (balance %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="205"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="240"/>
        <source>request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="241"/>
        <source>the panel accepted the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="242"/>
        <source>not sent: the panel could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="245"/>
        <source>no usable answer: it may have been received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="248"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="262"/>
        <source>refused: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="206"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="207"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="264"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="151"/>
        <source>placed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="190"/>
        <source>tracked by id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="208"/>
        <source>no usable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="321"/>
        <source>This order was placed elsewhere and imported by its id; SMMDesk did not send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="141"/>
        <location filename="../../smmdesk/gui/ordering/form.py" line="416"/>
        <source>Place order</source>
        <extracomment>what the user typed for a service they left unplaced, by (panel id, service id): a search that hides the service, or a look at another one, loses none of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="200"/>
        <source>Reconcile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="185"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="259"/>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="265"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="129"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="149"/>
        <source>min %1 · max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="272"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="320"/>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="295"/>
        <source>No service selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="297"/>
        <source>Choose a service in the catalogue to place an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="136"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="143"/>
        <source>Deliver the quantity several times, with a pause between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="122"/>
        <source>%1 per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="124"/>
        <source>%1 per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="128"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="314"/>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="477"/>
        <source>%1 = quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="375"/>
        <source>Cost: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="51"/>
        <source>Cost ≈ up to %1 per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="53"/>
        <source>Cost ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="59"/>
        <source>Balance after ≈ %1 — not enough funds on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="63"/>
        <source>Balance after ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="393"/>
        <source>Choose a service in the catalogue to place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="395"/>
        <source>Open a panel to place orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="397"/>
        <source>Placing the order… wait for the panel&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="68"/>
        <source>%1 to place the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="408"/>
        <source>The price of this service is unknown, so it cannot be ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="416"/>
        <source>Placing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="464"/>
        <source>Another order is still being sent; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="116"/>
        <source>The link must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="119"/>
        <source>One hashtag per line: line %1 has a space (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="123"/>
        <source>One username per line: line %1 has a space (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="128"/>
        <source>A hashtag cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="130"/>
        <source>A username cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="131"/>
        <source>%1 cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="138"/>
        <source>Use a link that starts with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="142"/>
        <source>The link has no site name after https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="143"/>
        <source>Enter a link such as https://instagram.com/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="149"/>
        <source>%1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="155"/>
        <source>%1 must be a whole number, without a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="162"/>
        <source>This service cannot be ordered: the panel&apos;s limits contradict each other (min %1, max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="184"/>
        <source>%1 must be exactly %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="189"/>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="198"/>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="206"/>
        <source>Line %1 has no hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="208"/>
        <source>Line %1 has no username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="213"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="217"/>
        <source>%1 must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="225"/>
        <source>%1: enter a date as day/month/year, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="232"/>
        <source>%1 must be after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="239"/>
        <source>Enter the interval too: drip-feed needs both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="242"/>
        <source>Enter the runs too: drip-feed needs both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="247"/>
        <source>Total of %1 runs × %2 = %3 exceeds the maximum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="256"/>
        <source>Minimum per post cannot be more than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="285"/>
        <source>Enter exactly %1 replies (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="288"/>
        <source>Enter between %1 and %2 replies (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="293"/>
        <source>Enter exactly %1 comments (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="296"/>
        <source>Enter between %1 and %2 comments (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="301"/>
        <source>Enter exactly %1 usernames (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="304"/>
        <source>Enter between %1 and %2 usernames (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="309"/>
        <source>%4: enter exactly %1 (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="311"/>
        <source>%4: enter between %1 and %2 (you entered %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="77"/>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="91"/>
        <source>Enter the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="92"/>
        <source>Enter the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="93"/>
        <source>Enter at least one comment (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="96"/>
        <source>Enter at least one username (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="99"/>
        <source>Enter at least one hashtag (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="102"/>
        <source>Enter the hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="103"/>
        <source>Enter at least one keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="104"/>
        <source>Enter at least one group (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="107"/>
        <source>Enter the link to the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="108"/>
        <source>Enter the answer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="109"/>
        <source>Choose a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="110"/>
        <source>Enter the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="311"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="316"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="318"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="320"/>
        <source>%Ln usernames</source>
        <translation>
            <numerusform>%Ln username</numerusform>
            <numerusform>%Ln usernames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="322"/>
        <source>%Ln hashtags</source>
        <translation>
            <numerusform>%Ln hashtag</numerusform>
            <numerusform>%Ln hashtags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="324"/>
        <source>%Ln keywords</source>
        <translation>
            <numerusform>%Ln keyword</numerusform>
            <numerusform>%Ln keywords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="326"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="327"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="405"/>
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(and %Ln more)</numerusform>
            <numerusform>(and %Ln more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="434"/>
        <location filename="../../smmdesk/gui/ordering/form.py" line="466"/>
        <source>This panel has no API key yet: enter it to place orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="73"/>
        <source>Order %1 placed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="77"/>
        <source>Order %1 placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="104"/>
        <source>Not enough funds on the panel balance (cost %1, balance %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="111"/>
        <source>Not enough funds on the panel balance (cost %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="114"/>
        <source>Add funds on the panel, then place the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="121"/>
        <source>The panel said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="124"/>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="130"/>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="156"/>
        <source>Outcome unknown — check before retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="131"/>
        <source>The order was sent but no usable answer came back, so it may have been placed and paid for. Use Reconcile to compare the balance and settle it before placing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="147"/>
        <source>Not sent: SMMDesk could not record the order on disk, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="157"/>
        <source>SMMDesk failed while sending (%1). Check the orders list: the order shows as unconfirmed if it may have been placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="168"/>
        <source>Settled: the order was placed as order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="171"/>
        <source>Settled: the order was not placed. You can place it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderKinds</name>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="19"/>
        <source>Standard order: a link and a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="22"/>
        <source>Package: one fixed bundle at one price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="25"/>
        <source>Your own comments, posted on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="28"/>
        <source>Your own comments, as a package at one price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="31"/>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="35"/>
        <source>Mentions of the accounts you list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="32"/>
        <source>Mentions of the accounts and hashtags you list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="38"/>
        <source>Mentions of accounts that used a hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="41"/>
        <source>Mentions of a profile&apos;s followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="44"/>
        <source>Mentions of a post&apos;s likers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="47"/>
        <source>Likes on one comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="48"/>
        <source>Replies to one comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="49"/>
        <source>Votes for one answer of a poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="50"/>
        <source>Search traffic for your keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="51"/>
        <source>Invites from the groups you list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="54"/>
        <source>Subscription: an account&apos;s new posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRequests</name>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="79"/>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="80"/>
        <source>SMMDesk cannot reach these orders&apos; panel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="81"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="123"/>
        <source>Refreshing 1 order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="125"/>
        <source>Refreshing %Ln orders…</source>
        <translation type="unfinished">
            <numerusform>Refreshing %Ln order…</numerusform>
            <numerusform>Refreshing %Ln orders…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="135"/>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="136"/>
        <source>The status could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="141"/>
        <source>Status refreshed: 1 order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="143"/>
        <source>Status refreshed: %Ln orders changed</source>
        <translation type="unfinished">
            <numerusform>Status refreshed: %Ln order changed</numerusform>
            <numerusform>Status refreshed: %Ln orders changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="164"/>
        <source>Refill status failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="165"/>
        <source>The refill status could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="170"/>
        <source>Refill status refreshed: 1 refill changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="172"/>
        <source>Refill status refreshed: %Ln refills changed</source>
        <translation type="unfinished">
            <numerusform>Refill status refreshed: %Ln refill changed</numerusform>
            <numerusform>Refill status refreshed: %Ln refills changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="185"/>
        <location filename="../../smmdesk/gui/orders/requests.py" line="211"/>
        <source>Requesting refills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="216"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="232"/>
        <source>Cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="232"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="234"/>
        <source>Ask the panel to cancel this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="236"/>
        <source>Ask the panel to cancel %Ln orders?</source>
        <translation type="unfinished">
            <numerusform>Ask the panel to cancel %Ln order?</numerusform>
            <numerusform>Ask the panel to cancel %Ln orders?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="239"/>
        <source>The panel decides whether an order can still be canceled and refunds what was not delivered. The request is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="242"/>
        <source>Ask the panel to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="243"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="243"/>
        <source>Keep the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="248"/>
        <source>Requesting cancellation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="252"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="276"/>
        <source>%Ln accepted</source>
        <translation type="unfinished">
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="277"/>
        <source>%Ln refused</source>
        <translation type="unfinished">
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="278"/>
        <source>%Ln unconfirmed</source>
        <translation type="unfinished">
            <numerusform>%Ln unconfirmed</numerusform>
            <numerusform>%Ln unconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="279"/>
        <source>%Ln not sent</source>
        <translation type="unfinished">
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="280"/>
        <source>%Ln skipped</source>
        <translation type="unfinished">
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="282"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="283"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTypes</name>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="163"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="165"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="168"/>
        <source>Custom Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="175"/>
        <source>Custom Comments Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="181"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="184"/>
        <source>Mentions with Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="197"/>
        <source>Mentions Custom List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="204"/>
        <source>Mentions Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="219"/>
        <source>Mentions User Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="235"/>
        <source>Mentions Media Likers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="248"/>
        <source>Comment Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="255"/>
        <source>Comment Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="270"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="283"/>
        <source>SEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="295"/>
        <source>Invites from Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="307"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="159"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="96"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="97"/>
        <source>Link to the page, post or profile (a username where the service asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="103"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="107"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="109"/>
        <source>Drip-feed: deliver the quantity this many times (leave empty for one delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="119"/>
        <source>Interval (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="121"/>
        <source>Drip-feed: minutes between two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="128"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="129"/>
        <source>One comment per line; the quantity is the number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="136"/>
        <source>Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="137"/>
        <source>One username per line, with or without @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="191"/>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="192"/>
        <source>One hashtag per line, with or without #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="210"/>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="211"/>
        <source>Hashtag to take the usernames from, with or without #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="214"/>
        <source>#hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="226"/>
        <source>Profile to take followers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="227"/>
        <source>Link to the profile whose followers get mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="241"/>
        <source>Media link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="242"/>
        <source>Link to the post whose likers get mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="142"/>
        <source>Comment owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="143"/>
        <source>Username of the person who wrote the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="144"/>
        <location filename="../../smmdesk/core/ordertypes.py" line="313"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="261"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="262"/>
        <source>One reply per line; the quantity is the number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="276"/>
        <source>Answer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="277"/>
        <source>Which answer gets the votes: 1 for the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="289"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="290"/>
        <source>One keyword per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="301"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="302"/>
        <source>One group per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="311"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="312"/>
        <source>The account whose new posts get the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="315"/>
        <source>Minimum per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="316"/>
        <source>Maximum per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="320"/>
        <source>New posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="322"/>
        <source>How many new posts to serve (leave empty for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="330"/>
        <source>Old posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="332"/>
        <source>How many existing posts to serve as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="338"/>
        <source>Delay (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="339"/>
        <source>Wait this long after a new post; older panels accept only up to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="347"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="349"/>
        <source>Optional last day, as day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersBanner</name>
    <message>
        <location filename="../../smmdesk/gui/orders/banner.py" line="48"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/banner.py" line="50"/>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="65"/>
        <location filename="../../smmdesk/gui/orders/pane.py" line="175"/>
        <source>Orders</source>
        <extracomment>newest orders shown at once, on the GUI thread, while the rest loads on a worker how often stuck orders are looked for again (an order becomes stuck by not moving) after orders changed, the next look for stuck orders waits this long (changes come in bursts) what &quot;now&quot; is for stuck orders (tests set it to the sandbox&apos;s clock)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="77"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="129"/>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="131"/>
        <source>Search link, service or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="140"/>
        <source>Show orders with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="147"/>
        <source>Show orders of one panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="149"/>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="150"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="153"/>
        <source>Show orders of one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="155"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="157"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="161"/>
        <source>Show orders placed in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="164"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="165"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="166"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="167"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="168"/>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="171"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="176"/>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="177"/>
        <source>To this day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="211"/>
        <source>Panel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="222"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="227"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="234"/>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="375"/>
        <source>Orders could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="520"/>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="523"/>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/pane.py" line="523"/>
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/pane.py" line="525"/>
        <source>%1 of %Ln orders</source>
        <translation>
            <numerusform>%1 of %Ln order</numerusform>
            <numerusform>%1 of %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="527"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersStatus</name>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="71"/>
        <source>All statuses</source>
        <extracomment>status filter key -&gt; (label, categories it keeps); &quot;active&quot;, &quot;attention&quot; and &quot;stuck&quot; are computed. Labels are functions: they are translated when the combo box is filled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="72"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="17"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="75"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="78"/>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="81"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="14"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="86"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="15"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="91"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="19"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="96"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="20"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="101"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="21"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="106"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="22"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="111"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="153"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="288"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="116"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="155"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="121"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="154"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="25"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="16"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="18"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="23"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="24"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="282"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="156"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="157"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="158"/>
        <source>Awaiting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="216"/>
        <source>The panel says the balance is too low. Add funds on the panel, then place the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="222"/>
        <source>The panel did not accept the link. Check that it is the full, public link the service asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="228"/>
        <source>The panel already has an active order for this link. Wait until it completes, or use another link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="234"/>
        <source>The panel did not accept the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="236"/>
        <source>The panel no longer knows this service. Refresh the catalogue and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="241"/>
        <source>This service is disabled on the panel right now. Choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="246"/>
        <source>The panel refused the API key. Check it in the panel settings (copy it again from the panel&apos;s API page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="252"/>
        <source>Not sent: the panel could not be reached, so no order was placed and no money was spent. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="257"/>
        <source>The panel refused the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="263"/>
        <source>The panel answered “too many requests”. Usually that means the order was not processed, but SMMDesk cannot be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="269"/>
        <source>The panel answered with an unexpected page instead of an order number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="274"/>
        <source>The request was sent but no usable answer came back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="277"/>
        <source>The request was sent but no usable answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="234"/>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="41"/>
        <source>Placed: the panel accepted it as order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="30"/>
        <source>SMMDesk could not save this in its database: note the number %1; after a restart the order will show as unconfirmed until you enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="22"/>
        <source>The panel also said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="50"/>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="54"/>
        <source>The panel said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="59"/>
        <source>Unconfirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="63"/>
        <source>It may have been placed and paid for. Do not place it again before checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="75"/>
        <source>The order changed meanwhile (another window may have settled or sent it): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="81"/>
        <source>The database %1 was written by a newer version of SMMDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="85"/>
        <source>The database %1 is damaged or is not an SMMDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="89"/>
        <source>SMMDesk could not read or write its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="283"/>
        <source>SMMDesk stopped while the order was being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="286"/>
        <source>SMMDesk failed while sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="289"/>
        <source>the panel answered “too many requests”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="292"/>
        <source>the panel answered with an unexpected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="295"/>
        <source>no answer from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="311"/>
        <source>details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="314"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="135"/>
        <source>The panel later gave the same number %1 to a newer order (placed %2). This order is kept as it was last seen: SMMDesk no longer checks it or sends requests about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="142"/>
        <source>The panel later gave the same number %1 to a newer order. This order is kept as it was last seen: SMMDesk no longer checks it or sends requests about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="149"/>
        <source>The panel reused order number %1: an earlier order (placed %2) already had it. Updates for %1 now go to this order; the earlier one is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="155"/>
        <source>The panel reused order number %1: an earlier order already had it. Updates for %1 now go to this order; the earlier one is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="210"/>
        <source>Saved in a queue and not sent yet.</source>
        <extracomment>the words of each local state but ACCEPTED (a placed order reads from its status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="213"/>
        <source>Being sent to the panel. If SMMDesk stops before the answer arrives, the order becomes “outcome unknown”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="179"/>
        <source>Not sent: SMMDesk could not reach the panel (%1). No order was placed and no money was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="185"/>
        <source>Not placed: the panel refused the API key. No money was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="191"/>
        <source>Not placed: the panel refused it. No money was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="194"/>
        <source>Not placed: the panel refused it (“%1”). No money was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="200"/>
        <source>Outcome unknown: the order was sent but no usable answer came back (%1). It may have been placed and paid for. SMMDesk never sends it again by itself: use “Check…” to settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="220"/>
        <source>Settled as not placed: after an unknown outcome it was checked and found not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="230"/>
        <source>Tracked by id: order %1 was placed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="242"/>
        <source>The panel now answers “%1” about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="246"/>
        <source>Its status has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="248"/>
        <source>Last status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="278"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="284"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="286"/>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="112"/>
        <source>Removed panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="114"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="202"/>
        <source>Charged by the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="204"/>
        <source>Estimated cost when placed; the panel has not reported a charge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="224"/>
        <source>Refill #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="279"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="280"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="281"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="282"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="283"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="284"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="285"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="286"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="287"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="288"/>
        <source>Remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="289"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="290"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="293"/>
        <source>When the order was placed (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="296"/>
        <source>The panel&apos;s order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="297"/>
        <source>The panel&apos;s status, or where the order stands locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="300"/>
        <source>Service id and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="301"/>
        <source>The link (or username) the order is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="304"/>
        <source>Quantity ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="305"/>
        <source>What the panel charged (≈: the estimate made when placing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="308"/>
        <source>Delivered so far: (quantity − remains) / quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="311"/>
        <source>The count when delivery started, as the panel reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="314"/>
        <source>How many are still to be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="317"/>
        <source>The latest refill request and its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="320"/>
        <source>The panel the order was placed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelErrors</name>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="42"/>
        <location filename="../../smmdesk/gui/wording/errors.py" line="96"/>
        <source>The panel refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="43"/>
        <source>The panel refused the order: the balance is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="46"/>
        <source>The panel refused the order: this link already has an active order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="49"/>
        <source>The panel refused the link as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="52"/>
        <source>The panel refused the quantity: it is outside the service&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="55"/>
        <source>This service is disabled on the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="58"/>
        <source>The panel does not know this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="61"/>
        <source>The panel does not allow a refill of this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="64"/>
        <source>The panel does not know this refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="67"/>
        <source>The panel does not know this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="70"/>
        <source>The panel does not allow canceling this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="73"/>
        <source>The panel does not support this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="76"/>
        <source>The panel asks to slow down (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="80"/>
        <source>The panel said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="85"/>
        <source>The panel refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="181"/>
        <source>database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="84"/>
        <source>No API key is set for this panel: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="102"/>
        <source>The panel is limiting requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="158"/>
        <source>Could not reach the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="180"/>
        <source>The panel&apos;s answer was lost: the request may or may not have been processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="139"/>
        <source>The panel sent an answer SMMDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="124"/>
        <source>The panel limits how often it can be asked; SMMDesk will wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="129"/>
        <source>Check the API key in the panel settings (copy it again from the panel&apos;s API page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="134"/>
        <source>Enter the panel&apos;s API key (from the panel&apos;s API page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="138"/>
        <source>Check the panel URL and your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="142"/>
        <source>Check the order list on the panel before trying again: it may have been placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="147"/>
        <source>The panel sent far more data than an API answer holds; check the panel URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="152"/>
        <source>The panel sent an unexpected page (maintenance, firewall or a wrong API URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="116"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="99"/>
        <source>The panel is limiting requests; it asks to wait %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="165"/>
        <source>SMMDesk could not use its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="175"/>
        <source>API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="177"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="226"/>
        <source>API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="214"/>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="57"/>
        <source>Could not connect to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="60"/>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="63"/>
        <source>Could not connect to %1: no server has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="66"/>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="69"/>
        <source>The secure connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="72"/>
        <source>The proxy refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="75"/>
        <source>The panel URL is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="78"/>
        <source>This panel connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="81"/>
        <source>The request was cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="89"/>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="92"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="95"/>
        <source>The answer from %1 was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="98"/>
        <source>The request to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="103"/>
        <source>The panel sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="106"/>
        <source>The panel&apos;s answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="109"/>
        <source>The panel answered with a web page (Cloudflare/maintenance?) instead of API data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="113"/>
        <source>The panel&apos;s server printed a PHP error instead of API data (a panel-side fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="117"/>
        <source>The panel&apos;s answer was cut off or is malformed JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="120"/>
        <source>The panel&apos;s answer has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="123"/>
        <source>The panel URL redirects (HTTP %1) to %2; use that address as the panel URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="127"/>
        <source>The panel URL was not found (HTTP 404); check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="130"/>
        <source>The panel refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="133"/>
        <source>The panel sent an answer larger than %1 MB; SMMDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="136"/>
        <source>The panel&apos;s service list holds no usable service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="174"/>
        <source>The panel&apos;s server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="207"/>
        <source>no connection in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="210"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="211"/>
        <source>no server has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="215"/>
        <source>secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="218"/>
        <source>proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="221"/>
        <source>unusable panel URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="222"/>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="223"/>
        <source>request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="227"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="230"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="233"/>
        <source>answer cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="234"/>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="235"/>
        <source>answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="236"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="237"/>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="238"/>
        <source>answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="239"/>
        <source>a web page instead of API data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="242"/>
        <source>a PHP error instead of API data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="245"/>
        <source>answer cut off or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="248"/>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="251"/>
        <source>the URL redirects elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="254"/>
        <source>API URL not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="255"/>
        <source>refused by the web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="258"/>
        <source>no usable service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="260"/>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelListModel</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="122"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="123"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="124"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="152"/>
        <source>{name} (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="156"/>
        <source>Built-in demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="169"/>
        <source>No secure keyring is available: the key is forgotten when SMMDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="172"/>
        <source>No key is stored for this panel: use Edit to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelSession</name>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="163"/>
        <source>Updating catalogue…</source>
        <extracomment>why the last service list the panel sent was not used (None: it was, or none yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="211"/>
        <source>Catalogue update failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="217"/>
        <source>Catalogue not updated: the panel sent an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="219"/>
        <source>Catalogue not updated: most of the panel&apos;s list was unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="220"/>
        <source>Catalogue not updated: the panel sent an unusable list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="230"/>
        <source>The panel answered a service list SMMDesk cannot trust (most of its %2 entries are not usable services); the saved catalogue (from %1) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="238"/>
        <source>The panel answered an empty service list; the saved catalogue (from %1) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="243"/>
        <source>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service); the saved catalogue (from %1) is kept.</source>
        <translation>
            <numerusform>The panel answered a service list SMMDesk cannot use (its %Ln entry is not a service); the saved catalogue (from %1) is kept.</numerusform>
            <numerusform>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service); the saved catalogue (from %1) is kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="251"/>
        <source>The panel answered an empty service list, and there is no saved catalogue to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="254"/>
        <source>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service), and there is no saved catalogue to show.</source>
        <translation>
            <numerusform>The panel answered a service list SMMDesk cannot use (its %Ln entry is not a service), and there is no saved catalogue to show.</numerusform>
            <numerusform>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service), and there is no saved catalogue to show.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="262"/>
        <source>Catalogue not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="265"/>
        <source>Catalogue updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="267"/>
        <source>Catalogue updated %Ln min ago</source>
        <translation>
            <numerusform>Catalogue updated %Ln min ago</numerusform>
            <numerusform>Catalogue updated %Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="270"/>
        <source>Catalogue updated %Ln h ago</source>
        <translation>
            <numerusform>Catalogue updated %Ln h ago</numerusform>
            <numerusform>Catalogue updated %Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="271"/>
        <source>Catalogue updated %Ln days ago</source>
        <translation>
            <numerusform>Catalogue updated %Ln day ago</numerusform>
            <numerusform>Catalogue updated %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelSwitcher</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="363"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="364"/>
        <source>Switch panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="58"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="60"/>
        <source>keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="61"/>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="62"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="63"/>
        <source>not needed (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="64"/>
        <source>missing (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="65"/>
        <source>keyring locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="66"/>
        <source>keyring unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="194"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="201"/>
        <source>Panel profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="220"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="221"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="222"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="223"/>
        <source>Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="235"/>
        <source>No panels yet. Add one with the API URL and key from your panel&apos;s API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="271"/>
        <source>The demo panel has nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="318"/>
        <source>You can add the demo panel again from the welcome screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="321"/>
        <source>Its API key is deleted from the keyring. Orders placed through it stay in your order history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="326"/>
        <location filename="../../smmdesk/gui/panels/manage.py" line="338"/>
        <source>Remove panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="327"/>
        <source>Remove the panel “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="329"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="339"/>
        <source>The panel could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="327"/>
        <source>This panel&apos;s URL cannot be used: edit the panel to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/poll_worker.py" line="301"/>
        <source>%Ln s</source>
        <extracomment>how long the ending thread waits for HTTP helper threads whose sockets abort() cut</extracomment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/poll_worker.py" line="302"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="325"/>
        <source>Orders checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="331"/>
        <source>The panel asked to slow down; next check in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="336"/>
        <source>The panel is unreachable (%1); trying again every %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="340"/>
        <source>Could not record the panel&apos;s answer (%1); next try in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="344"/>
        <source>Could not check orders (%1); next try in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="118"/>
        <source>The balance went from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="34"/>
        <source>The balance could not be read now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="40"/>
        <source>The balance is %1, but there is no reading from before the order to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="47"/>
        <source>The order&apos;s cost is unknown, so the balance can&apos;t tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="54"/>
        <source>%1; the order&apos;s cost (%2) is too small to show in the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="64"/>
        <source>%1: it dropped by about the order&apos;s cost (%2), so it was probably placed (unless another order was placed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="76"/>
        <source>%1: it did not drop by the order&apos;s cost (%2), so it was probably not placed (unless a refund or a top-up happened meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="88"/>
        <source>%1: a change that does not match the order&apos;s cost (%2); other orders, refunds or top-ups happened meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="128"/>
        <source>this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="131"/>
        <source>SMMDesk cannot list the panel&apos;s orders through its API, so only you can confirm: open the panel&apos;s website, look in its orders for %1 placed around %2, then enter the order number and choose “Mark as placed”, or choose “It was not placed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="150"/>
        <source>no answer for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="72"/>
        <source>Check an unconfirmed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="87"/>
        <source>SMMDesk sent this order but did not get a usable answer, so it does not know whether the panel placed it. Settle it here before placing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="95"/>
        <source>What is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="108"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="109"/>
        <source>Sent at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="110"/>
        <source>What was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="111"/>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="112"/>
        <source>What went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="115"/>
        <source>Balance evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="117"/>
        <source>Checking the balance with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="130"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="133"/>
        <source>It was placed — order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="136"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="142"/>
        <source>Mark as placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="148"/>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="344"/>
        <source>It was not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="151"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="201"/>
        <source>%1 for quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="212"/>
        <source>No answer from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="229"/>
        <source>The balance suggests it WAS placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="230"/>
        <source>The balance suggests it was NOT placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="231"/>
        <source>The balance cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="239"/>
        <source>Balance before: %1 · now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="245"/>
        <source>The balance could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="167"/>
        <source>The panel does not confirm order %1 (%2). Check the number on the panel&apos;s orders page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="158"/>
        <source>Order %1 of this panel is already recorded as local order %2; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="251"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="253"/>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="257"/>
        <source>This order is already settled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="280"/>
        <source>Enter the order number the panel shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="284"/>
        <source>Checking order %1 with the panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="307"/>
        <source>Could not check the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="309"/>
        <source>SMMDesk could not ask the panel about order %1 (%2). Record it as placed without checking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="314"/>
        <source>Record without checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="320"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="339"/>
        <source>Record as not placed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="341"/>
        <source>The balance suggests this order WAS placed. Record it as not placed anyway? Placing it again could pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefillDays</name>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="20"/>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/refills.py" line="20"/>
        <source>%Ln days left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/refills.py" line="23"/>
        <source>The service promises refills for %Ln days.</source>
        <translation>
            <numerusform>The service promises refills for %Ln day.</numerusform>
            <numerusform>The service promises refills for %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refills</name>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="41"/>
        <source>Less than a day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="44"/>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="48"/>
        <source>Lifetime refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="50"/>
        <source>No refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="52"/>
        <source>Refill, days not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="53"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="59"/>
        <source>The service promises refills for life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="64"/>
        <source>The panel&apos;s service list says this service has no refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="67"/>
        <source>The service&apos;s name says it has no refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="69"/>
        <source>The service offers refills but does not say for how long: the panel decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="73"/>
        <source>Neither the panel&apos;s service list nor the service&apos;s name says whether it refills: the panel decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="86"/>
        <source>Ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="88"/>
        <source>Ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="91"/>
        <source>SMMDesk never saw when this order finished, so its window is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="97"/>
        <source>The service is not in the panel&apos;s catalogue any more: read from the name saved with the order, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="105"/>
        <source>This order was added by its ID when it had already finished: its window may have begun earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefillsTableModel</name>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="64"/>
        <source>Panel</source>
        <extracomment>the tone of each window state (ending soon stands out; what cannot be refilled is muted) a row being sent has this instead of a result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="65"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="66"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="67"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="68"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="69"/>
        <source>Refill window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="70"/>
        <source>Last refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="71"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="212"/>
        <source>Removed panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="234"/>
        <source>%1 (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="248"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="258"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="265"/>
        <source>Accepted: refill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="269"/>
        <source>Refused: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="283"/>
        <source>Asked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="289"/>
        <source>Refill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="297"/>
        <source>%1: the panel delivered part of it and refunded the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefillsWindow</name>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="93"/>
        <source>Refills</source>
        <extracomment>changes arriving together (a poll of many orders) are counted again once the result (the last column) takes the rest of the width</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="113"/>
        <source>Finished orders and how long their services promise refills, those whose window ends within three days first. Select orders and refill them in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="122"/>
        <source>Orders that can still be refilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="123"/>
        <source>All finished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="124"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="126"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="141"/>
        <source>&amp;Refill Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="143"/>
        <source>Ask the panels to refill the selected orders (each order&apos;s answer is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="156"/>
        <source>Refill windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="175"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="252"/>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="252"/>
        <source>%Ln orders</source>
        <translation type="unfinished">
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="255"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="259"/>
        <source>1 ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="259"/>
        <source>%Ln ending soon</source>
        <translation>
            <numerusform>%Ln ending soon</numerusform>
            <numerusform>%Ln ending soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="322"/>
        <source>Asking the panel to refill 1 order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="324"/>
        <source>Asking the panels to refill %Ln orders…</source>
        <translation>
            <numerusform>Asking the panels to refill %Ln order…</numerusform>
            <numerusform>Asking the panels to refill %Ln orders…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="332"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SameLink</name>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="30"/>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="32"/>
        <source>unconfirmed: it may have been placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="34"/>
        <source>status not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="45"/>
        <source>unconfirmed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="47"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="51"/>
        <source>%1: %2 — %3 — %4, placed %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="218"/>
        <source>Select a service to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="248"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="249"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="250"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="251"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="252"/>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="253"/>
        <source>Your orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="257"/>
        <source>Service description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="259"/>
        <source>The panel gives no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="312"/>
        <source>%1 (order form: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="319"/>
        <source>%1 per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="321"/>
        <source>%1 per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>not stated by the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="353"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="378"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="384"/>
        <source>%1 (the panel lists a minimum of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="337"/>
        <source>Drip-feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="338"/>
        <source>Refill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="339"/>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="395"/>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="394"/>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="393"/>
        <source>%1T</source>
        <extracomment>exact up to this; a larger limit is shown short (&quot;15.5M&quot;), the exact value in a tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="38"/>
        <source>Drip-feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="39"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="61"/>
        <source>Refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="40"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="46"/>
        <source>%1: not stated by the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="59"/>
        <source>Drip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="63"/>
        <source>Refill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="67"/>
        <source>Cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="78"/>
        <source>The panel lists this id twice, with different terms: the panel decides which one applies. Costs are estimated at the higher rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="87"/>
        <source>Cannot be ordered: the panel&apos;s limits contradict each other (the minimum is above the maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="118"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="120"/>
        <source>Rate per 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="121"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="122"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="123"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="127"/>
        <source>Service ID on the panel. Double-click it to star or unstar (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="129"/>
        <source>Price per 1000 units (packages: per package), in the panel&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="130"/>
        <source>Smallest quantity you can order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="131"/>
        <source>Largest quantity you can order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="132"/>
        <source>Drip-feed, refill and cancel support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="133"/>
        <source>Service type: decides which order form is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="187"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="411"/>
        <source>Service %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="414"/>
        <source>%1, favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="460"/>
        <location filename="../../smmdesk/gui/catalog/tree.py" line="167"/>
        <source>%1 per package</source>
        <extracomment>with at most this many matching categories every one is expanded after a search... ...otherwise only the first few: expanding hundreds of categories at once stalls the view the flags and type columns&apos; full widths (they narrow in a narrow pane) top-level rows now expanded, kept from the signals: asking the view row by row costs a Python model call per category set while the pane rebuilds rows: spanning mid-way would force a layout per expand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="466"/>
        <source>★ In your favourites. Double-click or press Ctrl+D to unstar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="467"/>
        <source>Double-click or press Ctrl+D to add to your favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="472"/>
        <source>The panel lists %1; the smallest quantity that can be ordered is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="481"/>
        <source>No drip-feed, refill or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="482"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="53"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="87"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="92"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="95"/>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="100"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="103"/>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="268"/>
        <source>The new language is used after SMMDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="112"/>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="115"/>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="119"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="120"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="121"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="122"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="123"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="127"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="131"/>
        <source>Status check interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="133"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="135"/>
        <source>How often the status of active orders and the balance are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="138"/>
        <source>Check order &amp;status every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="144"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="148"/>
        <source>Completed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="149"/>
        <source>Partially completed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="150"/>
        <source>Canceled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="151"/>
        <source>Failed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="152"/>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="153"/>
        <source>Favourite or recent services: rate up or gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="160"/>
        <source>Notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="163"/>
        <source>Notify me about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="242"/>
        <source>As the language writes them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="243"/>
        <source>Western digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="267"/>
        <source>Restart SMMDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="269"/>
        <source>Open windows close; orders keep being tracked after the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="270"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="271"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="65"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="69"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="69"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingWindow</name>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="91"/>
        <source>Spending</source>
        <extracomment>groups drawn one by one in the charts; the rest are summed as &quot;Other groups&quot; the most buckets whose names fit under the time chart the palette of the groups, distinguishable in light and dark themes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="106"/>
        <source>Spending over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="109"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="116"/>
        <source>Spending by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="151"/>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="152"/>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="153"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="158"/>
        <source>Per panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="159"/>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="160"/>
        <source>Per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="161"/>
        <source>Per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="165"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="166"/>
        <source>Only the orders the &amp;orders view shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="167"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="173"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="175"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="177"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="178"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="193"/>
        <source>Other groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="199"/>
        <source>Service not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="256"/>
        <source>The orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="268"/>
        <source>Currency not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="289"/>
        <source>Not counted: 1 order whose placement is unknown (it may or may not have been paid for; settle it in the orders view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="294"/>
        <source>Not counted: %Ln orders whose placement is unknown (they may or may not have been paid for; settle them in the orders view).</source>
        <translation>
            <numerusform>Not counted: %Ln order whose placement is unknown (it may or may not have been paid for; settle it in the orders view).</numerusform>
            <numerusform>Not counted: %Ln orders whose placement is unknown (they may or may not have been paid for; settle them in the orders view).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="305"/>
        <source>No money was spent between these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="313"/>
        <source>%1 spent on 1 order between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="315"/>
        <source>%1 spent on %Ln orders between %2 and %3.</source>
        <translation>
            <numerusform>%1 spent on %Ln order between %2 and %3.</numerusform>
            <numerusform>%1 spent on %Ln orders between %2 and %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="372"/>
        <source>Spending from %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="420"/>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="460"/>
        <source>Export Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="461"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="471"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="472"/>
        <source>The figures could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="479"/>
        <source>Exported 1 row of spending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="481"/>
        <source>Exported %Ln rows of spending to %1</source>
        <translation>
            <numerusform>Exported %Ln row of spending to %1</numerusform>
            <numerusform>Exported %Ln rows of spending to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="80"/>
        <source>Show SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="262"/>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="188"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="227"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="134"/>
        <source>%Ln orders finished</source>
        <translation>
            <numerusform>%Ln order finished</numerusform>
            <numerusform>%Ln orders finished</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="75"/>
        <source>Quit SMMDesk</source>
        <extracomment>notification kinds, each mutable in the settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="171"/>
        <source>%Ln active orders</source>
        <translation>
            <numerusform>%Ln active order</numerusform>
            <numerusform>%Ln active orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="245"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="247"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="254"/>
        <source>Panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="258"/>
        <source>Order completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="259"/>
        <source>Order partially completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="260"/>
        <source>Order canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="261"/>
        <source>Order failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="263"/>
        <source>Favourite or recent service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="272"/>
        <source>%Ln orders completed</source>
        <translation>
            <numerusform>%Ln order completed</numerusform>
            <numerusform>%Ln orders completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="273"/>
        <source>%Ln orders partially completed</source>
        <translation>
            <numerusform>%Ln order partially completed</numerusform>
            <numerusform>%Ln orders partially completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="274"/>
        <source>%Ln orders canceled</source>
        <translation>
            <numerusform>%Ln order canceled</numerusform>
            <numerusform>%Ln orders canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="275"/>
        <source>%Ln orders failed</source>
        <translation>
            <numerusform>%Ln order failed</numerusform>
            <numerusform>%Ln orders failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="280"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="281"/>
        <source>%Ln partially completed</source>
        <translation>
            <numerusform>%Ln partially completed</numerusform>
            <numerusform>%Ln partially completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="282"/>
        <source>%Ln canceled</source>
        <translation>
            <numerusform>%Ln canceled</numerusform>
            <numerusform>%Ln canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="283"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="96"/>
        <source>Welcome to SMMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="106"/>
        <source>Browse your SMM panel&apos;s services, place orders and follow them from one fast desktop window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="117"/>
        <source>Try the demo panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="118"/>
        <source>A built-in practice panel with demo money — no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="122"/>
        <source>Connect a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="123"/>
        <source>Use the API key from your panel&apos;s API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="129"/>
        <source>Your API key is stored only in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../smmdesk/gui/workspace.py" line="52"/>
        <source>Order form</source>
        <extracomment>settings key of each splitter&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/workspace.py" line="60"/>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
